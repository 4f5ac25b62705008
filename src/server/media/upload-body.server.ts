/** Reading request bodies that may carry a photo, never holding more than a set number of bytes. */

export class BodyTooLarge extends Error {
  constructor() {
    super('body too large');
  }
}

/**
 * The request body, at most `maxBytes` long. A declared Content-Length above
 * the cap is refused before reading anything; a body without one is read
 * until it passes the cap and refused there, the rest left unread.
 */
export async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  // With a declared length the bytes go straight into one buffer; otherwise chunks are joined at the end.
  const exact = Number.isFinite(declared) && declared >= 0 ? new Uint8Array(declared) : null;
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.byteLength > maxBytes) {
      reader.releaseLock();
      throw new BodyTooLarge();
    }
    if (exact) {
      // HTTP does not deliver more than the declared length; a body that says otherwise is not trusted.
      if (length + value.byteLength > exact.length) throw new BodyTooLarge();
      exact.set(value, length);
    } else chunks.push(value);
    length += value.byteLength;
  }
  if (exact) return exact.subarray(0, length);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * A posted form read with a byte cap. When the body passes the cap, the parts
 * that arrived whole are kept and the rest is left unread: the editor puts
 * its file input last, so what the exporter typed survives a photo that is too
 * large. Null when the body is not a well-formed form.
 */
export async function readCappedForm(request: Request, maxBytes: number): Promise<{ form: FormData; truncated: boolean } | null> {
  const type = request.headers.get('content-type') ?? '';
  const multipart = /^multipart\/form-data/i.test(type);
  if (!multipart && !/^application\/x-www-form-urlencoded/i.test(type)) return null;
  const { bytes, truncated } = await readPrefix(request, maxBytes);
  let body: Uint8Array = bytes;
  if (truncated) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
    if (!multipart || !boundary) return null;
    const delimiter = Buffer.from(`\r\n--${boundary[1] ?? boundary[2]}`);
    const cut = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(delimiter);
    if (cut < 0) return null;
    body = Buffer.concat([bytes.subarray(0, cut), delimiter, Buffer.from('--\r\n')]);
  }
  try {
    return { form: await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type } }).formData(), truncated };
  } catch {
    return null;
  }
}

async function readPrefix(request: Request, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!request.body) return { bytes: new Uint8Array(), truncated: false };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    if (length > maxBytes) {
      reader.releaseLock();
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}
