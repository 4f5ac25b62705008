import { useEffect, useId, useRef, useState } from 'react';

export interface PhotoRow {
  key: string;
  altEn: string;
  altZh: string;
  /** Thumbnail URL. */
  src: string;
  errors?: { altEn?: string | undefined; altZh?: string | undefined } | undefined;
}

export interface PhotoStrings {
  legend: string;
  hint: string;
  photo: string;
  altEn: string;
  altZh: string;
  position: string;
  remove: string;
  moveUp: string;
  moveDown: string;
  none: string;
  file: string;
  fileHint: string;
  upload: string;
  uploading: string;
  progress: string;
  processing: string;
  uploaded: string;
  tooLarge: string;
  failed: string;
  tooMany: string;
  /** Shown while a big photo is made smaller in the browser. */
  resizing: string;
  /** An iPhone HEIC photo the browser cannot read either: how to send a JPEG instead. */
  heic: string;
}

interface Props {
  photos: PhotoRow[];
  /** `POST` target of the upload endpoint (answers `{ key, url }` or `{ error }`). */
  uploadUrl: string;
  maxBytes: number;
  maxPhotos: number;
  fileError?: string | undefined;
  /** Set when the server has just added a photo (posted without JavaScript). */
  uploadedNotice?: boolean;
  strings: PhotoStrings;
}

type Row = PhotoRow & { id: string; remove: boolean };
const fill = (s: string, values: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/** Longest side of a photo sent from the browser: enough for the largest picture buyers see, a fraction of a phone camera's. */
export const MAX_SIDE = 2000;
const HEIC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1'];

/** Whether a file is a HEIC/HEIF photo, by its first bytes (as the server decides it too). */
async function isHeic(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const text = String.fromCharCode(...head);
  if (text.slice(4, 8) !== 'ftyp') return false;
  const brands = [text.slice(8, 12), ...Array.from({ length: 12 }, (_, i) => text.slice(16 + i * 4, 20 + i * 4))];
  return !brands.includes('avif') && !brands.includes('avis') && brands.some((b) => HEIC_BRANDS.includes(b));
}

/**
 * The photo to upload: a big one (longer side over MAX_SIDE, or over the size limit) drawn again at most
 * MAX_SIDE pixels on its longer side as a JPEG, upright; a small one as it is. A phone's 12-megapixel photo
 * goes up as ~0.5 MB instead of 4 MB. A HEIC photo the browser can decode (Safari) is converted the same
 * way; `heic` when it cannot. A photo the browser cannot read goes up as it is and the server says why.
 */
async function prepare(file: File, maxBytes: number): Promise<Blob | 'heic'> {
  const heic = await isHeic(file).catch(() => false);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return heic ? 'heic' : file;
  }
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && !heic && file.size <= maxBytes) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return heic ? 'heic' : file;
    // JPEG has no transparency: a cut-out product photo sits on white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ?? (heic ? 'heic' : file);
  } finally {
    bitmap.close();
  }
}

/**
 * The editor's photos: one row per photo (descriptions in both languages,
 * position, remove), and a file input. Without JavaScript the file is posted
 * with the editor's form; with it, the photo is uploaded at once with a
 * progress bar and added as a row, and rows move with up/down buttons.
 */
export default function ProductPhotos({ photos, uploadUrl, maxBytes, maxPhotos, fileError, uploadedNotice = false, strings }: Props) {
  const base = useId();
  const [rows, setRows] = useState<Row[]>(() => photos.map((p, i) => ({ ...p, id: `${i}-${p.key}`, remove: false })));
  const [hydrated, setHydrated] = useState(false);
  const [progress, setProgress] = useState<{ loaded: number; total: number; name: string; done: boolean } | null>(null);
  const [status, setStatus] = useState(uploadedNotice ? strings.uploaded : '');
  const [error, setError] = useState(fileError ?? '');
  const fileInput = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on hydration; later uploads start from the input's change event.
  useEffect(() => {
    setHydrated(true);
    // A photo chosen while the page was still loading goes up now.
    if (fileInput.current?.files?.length) void upload();
  }, []);

  const update = (id: string, change: Partial<Row>) => setRows((all) => all.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRows((all) => {
      const next = [...all];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });

  async function upload() {
    const file = fileInput.current?.files?.[0];
    if (!file || (progress && !progress.done)) return;
    setStatus('');
    if (rows.filter((r) => !r.remove).length >= maxPhotos) return setError(strings.tooMany);
    setError('');
    setProgress({ loaded: 0, total: file.size, name: file.name, done: false });
    setStatus(strings.resizing);
    const body = await prepare(file, maxBytes);
    setStatus('');
    if (body === 'heic') {
      setProgress(null);
      return setError(strings.heic);
    }
    if (body.size > maxBytes) {
      setProgress(null);
      return setError(strings.tooLarge);
    }
    setProgress({ loaded: 0, total: body.size, name: file.name, done: false });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) =>
      setProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : body.size, name: file.name, done: false });
    xhr.upload.onload = () => setStatus(strings.processing);
    xhr.onload = () => {
      // The bar stays, full, until the next upload: the exporter sees the photo went up.
      setProgress((p) => p && { ...p, loaded: p.total, done: true });
      let body: { key?: string; url?: string; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // An answer that is not JSON (a proxy's error page) is reported as a failed upload.
      }
      if (xhr.status === 201 && body.key && body.url) {
        const { key, url } = body;
        setRows((all) => [...all, { id: `new-${key}`, key, src: url, altEn: '', altZh: '', remove: false }]);
        setStatus(strings.uploaded);
        if (fileInput.current) fileInput.current.value = '';
      } else {
        setStatus('');
        setError(body.error ?? strings.failed);
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setStatus('');
      setError(strings.failed);
    };
    xhr.send(body);
  }

  const fileId = `${base}-file`;
  const described = [`${fileId}-hint`, error && `${fileId}-error`].filter(Boolean).join(' ');
  return (
    <fieldset className="card space-y-4 p-4">
      <legend className="px-1 font-semibold">{strings.legend}</legend>
      <p className="text-sm text-stone-700">{strings.hint}</p>
      {rows.length === 0 && <p className="text-sm text-stone-600">{strings.none}</p>}
      <ol className="space-y-3" aria-label={strings.legend}>
        {rows.map((row, i) => {
          const n = i + 1;
          const id = `${base}-${i}`;
          const errEn = row.errors?.altEn;
          const errZh = row.errors?.altZh;
          return (
            <li key={row.id} className="grid gap-3 border-t border-stone-200 pt-3 sm:grid-cols-[6rem_minmax(0,1fr)]">
              <img src={row.src} alt="" width={96} height={96} className="aspect-square w-24 rounded border border-stone-200 bg-stone-100 object-cover" />
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium text-stone-700">{fill(strings.photo, { n })}</legend>
                <input type="hidden" name={`image-${i}-key`} value={row.key} />
                <div className="grid gap-3 md:grid-cols-2">
                  <div className="space-y-1">
                    <label htmlFor={`${id}-alt-en`} className="field-label">
                      {strings.altEn}
                    </label>
                    <input
                      id={`${id}-alt-en`}
                      name={`image-${i}-alt-en`}
                      lang="en"
                      maxLength={200}
                      className="field"
                      value={row.altEn}
                      onChange={(e) => update(row.id, { altEn: e.target.value })}
                      aria-invalid={errEn ? true : undefined}
                      aria-describedby={errEn ? `${id}-alt-en-error` : undefined}
                    />
                    {errEn && (
                      <p id={`${id}-alt-en-error`} className="text-sm font-medium text-red-800">
                        {errEn}
                      </p>
                    )}
                  </div>
                  <div className="space-y-1">
                    <label htmlFor={`${id}-alt-zh`} className="field-label">
                      {strings.altZh}
                    </label>
                    <input
                      id={`${id}-alt-zh`}
                      name={`image-${i}-alt-zh`}
                      lang="zh-Hans"
                      maxLength={100}
                      className="field"
                      value={row.altZh}
                      onChange={(e) => update(row.id, { altZh: e.target.value })}
                      aria-invalid={errZh ? true : undefined}
                      aria-describedby={errZh ? `${id}-alt-zh-error` : undefined}
                    />
                    {errZh && (
                      <p id={`${id}-alt-zh-error`} className="text-sm font-medium text-red-800">
                        {errZh}
                      </p>
                    )}
                  </div>
                </div>
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  {hydrated ? (
                    <>
                      <input type="hidden" name={`image-${i}-order`} value={n} />
                      <button
                        type="button"
                        className="btn-secondary px-2 py-1"
                        onClick={() => move(i, -1)}
                        disabled={i === 0}
                        aria-label={fill(strings.moveUp, { n })}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="btn-secondary px-2 py-1"
                        onClick={() => move(i, 1)}
                        disabled={i === rows.length - 1}
                        aria-label={fill(strings.moveDown, { n })}
                      >
                        ↓
                      </button>
                    </>
                  ) : (
                    <label className="flex items-center gap-2">
                      {strings.position}
                      <input type="number" name={`image-${i}-order`} min={1} max={99} defaultValue={n} className="field w-20" />
                    </label>
                  )}
                  <label className="flex items-center gap-2">
                    <input type="checkbox" name={`image-${i}-remove`} checked={row.remove} onChange={(e) => update(row.id, { remove: e.target.checked })} />
                    {strings.remove}
                  </label>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="space-y-2 border-t border-stone-200 pt-3">
        <label htmlFor={fileId} className="field-label">
          {strings.file}
        </label>
        <input
          ref={fileInput}
          id={fileId}
          type="file"
          // Once the photo goes up by itself, the editor's form must not post it a second time.
          name={hydrated ? undefined : 'file'}
          // HEIC is left out on purpose: an iPhone then hands the page a JPEG of the photo.
          accept="image/jpeg,image/png,image/webp,image/avif"
          className="block w-full text-sm"
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={() => hydrated && void upload()}
        />
        <p id={`${fileId}-hint`} className="text-xs text-stone-600">
          {strings.fileHint}
        </p>
        {error && (
          <p id={`${fileId}-error`} className="text-sm font-medium text-red-800" role="alert">
            {error}
          </p>
        )}
        <button
          type={hydrated ? 'button' : 'submit'}
          name={hydrated ? undefined : 'intent'}
          value={hydrated ? undefined : 'upload'}
          className="btn-secondary"
          onClick={hydrated ? () => void upload() : undefined}
          disabled={progress !== null && !progress.done}
        >
          {strings.upload}
        </button>
        {progress && (
          <div className="space-y-1">
            <label htmlFor={`${base}-progress`} className="text-sm">
              {strings.progress}
            </label>
            <progress id={`${base}-progress`} className="block w-full" max={progress.total || 1} value={progress.loaded}>
              {Math.round((progress.loaded / (progress.total || 1)) * 100)}%
            </progress>
            {!progress.done && <p className="text-sm text-stone-700">{fill(strings.uploading, { name: progress.name })}</p>}
          </div>
        )}
        <p role="status" className="text-sm font-medium text-pk-green">
          {status}
        </p>
      </div>
    </fieldset>
  );
}
