import { createHash } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { z } from 'zod';
import { isStorageKey, type MediaStorage } from './storage.server';

/**
 * Where an S3-compatible object store is and how to sign for it. Checked
 * length-first with linear patterns when the store is first opened, so a bad
 * setting fails with a message naming it rather than as a refused request.
 */
export const s3ConfigSchema = z.object({
  endpoint: z
    .string()
    .max(300)
    .regex(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, 'S3_ENDPOINT must be an http(s) URL without query or fragment'),
  // S3's bucket naming rules: 3–63 lower-case letters, digits, dots and hyphens, starting and ending alphanumeric.
  bucket: z
    .string()
    .min(3)
    .max(63)
    .regex(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, 'S3_BUCKET must be a valid bucket name'),
  accessKeyId: z.string().min(1, 'S3_ACCESS_KEY_ID is required with S3_ENDPOINT').max(256),
  secretAccessKey: z.string().min(1, 'S3_SECRET_ACCESS_KEY is required with S3_ENDPOINT').max(256),
  region: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'S3_REGION must be a region name such as us-east-1'),
});
export type S3Config = z.infer<typeof s3ConfigSchema>;

/** A request that gets no answer in this time fails (and is retried by the caller), instead of holding a page forever. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The address of one object, path-style: `{endpoint}/{bucket}/{key}`. Path
 * style works with every S3-compatible store (MinIO, Garage, Ceph, R2, AWS)
 * and needs no wildcard DNS for the bucket. Keys are checked first, so no key
 * can name another bucket or carry a query; each segment is percent-encoded.
 */
export function objectUrl(config: Pick<S3Config, 'endpoint' | 'bucket'>, key: string): string {
  if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${key}`);
  const base = config.endpoint.replace(/\/+$/, '');
  return `${base}/${encodeURIComponent(config.bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Media in an S3-compatible bucket, for several instances without a shared
 * volume. Requests are signed with AWS Signature V4 by aws4fetch (one small
 * file, no dependencies) over Node's own `fetch`. A PUT signs the SHA-256 of
 * its body, so a store rejects bytes altered on the way even over plain HTTP.
 */
export class S3Storage implements MediaStorage {
  private readonly client: AwsClient;

  constructor(readonly config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      service: 's3',
      region: config.region,
      // aws4fetch retries 5xx answers itself; a few are enough inside a request.
      retries: 2,
    });
  }

  /** The address and options of one call: the body as bytes, so each retry sends (and signs) it again. */
  private request(method: 'GET' | 'PUT' | 'DELETE', key: string, body?: Uint8Array, datetime?: string) {
    const payload = body ?? new Uint8Array();
    const url = objectUrl(this.config, key);
    const init = {
      method,
      headers: {
        'X-Amz-Content-Sha256': createHash('sha256').update(payload).digest('hex'),
        ...(body ? { 'Content-Type': 'application/octet-stream' } : {}),
      },
      // Media bytes are Buffers over ordinary ArrayBuffers (never shared memory), which fetch sends as they are.
      ...(body ? { body: payload as Uint8Array<ArrayBuffer> } : {}),
      aws: datetime ? { datetime } : {},
    };
    return { url, init };
  }

  /** The signed request for one call; `datetime` (`YYYYMMDDTHHMMSSZ`) fixes the clock, for tests. */
  sign(method: 'GET' | 'PUT' | 'DELETE', key: string, body?: Uint8Array, datetime?: string): Promise<Request> {
    const { url, init } = this.request(method, key, body, datetime);
    return this.client.sign(url, init);
  }

  private send(method: 'GET' | 'PUT' | 'DELETE', key: string, body?: Uint8Array): Promise<Response> {
    const { url, init } = this.request(method, key, body);
    return this.client.fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const res = await this.send('PUT', key, data);
    await res.body?.cancel();
    if (!res.ok) throw new Error(`S3 PUT ${key}: ${res.status}`);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isStorageKey(key)) return null;
    const res = await this.send('GET', key);
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`S3 GET ${key}: ${res.status}`);
    }
    return Buffer.from(await res.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    await res.body?.cancel();
    // S3 answers 204 whether or not the object existed; some stores say 404.
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key}: ${res.status}`);
  }
}
