/**
 * The S3 store's requests must be what an S3-compatible server accepts:
 * path-style addresses, and AWS Signature V4 over exactly the bytes sent.
 * Checked against an independent SigV4 computation, which itself is checked
 * against AWS's published example.
 */
import { createHash, createHmac } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { describe, expect, it } from 'vitest';
import { S3Storage, objectUrl } from '~/server/media/s3-storage.server';

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Signature V4 as AWS documents it, for a request without a query string. */
function signatureV4(input: {
  method: string;
  url: string;
  headers: Record<string, string>;
  signed: string[];
  payloadHash: string;
  datetime: string;
  region: string;
  secret: string;
}): string {
  const url = new URL(input.url);
  const canonicalHeaders = input.signed.map((name) => `${name}:${(name === 'host' ? url.host : input.headers[name]!).trim()}\n`).join('');
  const canonicalRequest = [input.method, url.pathname, '', canonicalHeaders, input.signed.join(';'), input.payloadHash].join('\n');
  const date = input.datetime.slice(0, 8);
  const scope = `${date}/${input.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', input.datetime, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secret}`, date), input.region), 's3'), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

const AWS_EXAMPLE = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const EMPTY = sha256('');

describe('S3 request signing', () => {
  it('reproduces AWS’s published GET Object example (the check of this test’s own computation)', async () => {
    const expected = 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41';
    const headers = { range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY, 'x-amz-date': '20130524T000000Z' };
    const signed = ['host', 'range', 'x-amz-content-sha256', 'x-amz-date'];
    const input = {
      method: 'GET',
      url: 'https://examplebucket.s3.amazonaws.com/test.txt',
      headers,
      signed,
      payloadHash: EMPTY,
      datetime: '20130524T000000Z',
      region: 'us-east-1',
    };
    expect(signatureV4({ ...input, secret: AWS_EXAMPLE.secretAccessKey })).toBe(expected);
    // The signing library, given the same request (it leaves Range unsigned unless told), agrees.
    const client = new AwsClient({ ...AWS_EXAMPLE, service: 's3', region: 'us-east-1' });
    const request = await client.sign(input.url, {
      method: 'GET',
      headers: { Range: 'bytes=0-9', 'X-Amz-Content-Sha256': EMPTY },
      aws: { datetime: '20130524T000000Z', allHeaders: true },
    });
    expect(request.headers.get('authorization')).toContain(`Signature=${expected}`);
  });

  const store = new S3Storage({ endpoint: 'http://127.0.0.1:9000/', bucket: 'pavilion-media', region: 'eu-central-1', ...AWS_EXAMPLE });

  it('signs a PUT over the SHA-256 of the bytes sent, at a path-style address', async () => {
    const body = new Uint8Array([0, 1, 2, 255, 254, 10, 13]);
    const request = await store.sign('PUT', '12/3f9a0c1d2e3f4a5b-960.avif', body, '20260301T120000Z');
    expect(request.url).toBe('http://127.0.0.1:9000/pavilion-media/12/3f9a0c1d2e3f4a5b-960.avif');
    expect(request.method).toBe('PUT');
    expect(request.headers.get('x-amz-content-sha256')).toBe(sha256(body));
    expect(new Uint8Array(await request.arrayBuffer())).toEqual(body);
    const authorization = request.headers.get('authorization')!;
    expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20260301\/eu-central-1\/s3\/aws4_request, SignedHeaders=/);
    const signed = /SignedHeaders=([^,]+)/.exec(authorization)![1]!.split(';');
    expect(signed).toEqual(expect.arrayContaining(['host', 'x-amz-content-sha256', 'x-amz-date']));
    const headers = Object.fromEntries([...request.headers].map(([name, value]) => [name, value]));
    expect(authorization).toContain(
      `Signature=${signatureV4({ method: 'PUT', url: request.url, headers, signed, payloadHash: sha256(body), datetime: '20260301T120000Z', region: 'eu-central-1', secret: AWS_EXAMPLE.secretAccessKey })}`,
    );
  });

  it('signs a GET over the empty payload', async () => {
    const request = await store.sign('GET', '12/3f9a0c1d2e3f4a5b-480.webp', undefined, '20260301T120000Z');
    expect(request.headers.get('x-amz-content-sha256')).toBe(EMPTY);
    const authorization = request.headers.get('authorization')!;
    const signed = /SignedHeaders=([^,]+)/.exec(authorization)![1]!.split(';');
    const headers = Object.fromEntries([...request.headers].map(([name, value]) => [name, value]));
    expect(authorization).toContain(
      `Signature=${signatureV4({ method: 'GET', url: request.url, headers, signed, payloadHash: EMPTY, datetime: '20260301T120000Z', region: 'eu-central-1', secret: AWS_EXAMPLE.secretAccessKey })}`,
    );
  });

  it('addresses objects under an endpoint with a path, and refuses keys that would leave the bucket', () => {
    expect(objectUrl({ endpoint: 'https://store.example/s3', bucket: 'media' }, 'a/b-1.webp')).toBe('https://store.example/s3/media/a/b-1.webp');
    expect(objectUrl({ endpoint: 'https://store.example/s3///', bucket: 'media' }, 'a/b')).toBe('https://store.example/s3/media/a/b');
    for (const bad of ['../other-bucket/x', 'a/../../x', 'a?x-id=DeleteObjects', 'a#b', '/a', 'a//b']) {
      expect(() => objectUrl({ endpoint: 'https://store.example', bucket: 'media' }, bad)).toThrow(/Invalid storage key/);
    }
  });
});
