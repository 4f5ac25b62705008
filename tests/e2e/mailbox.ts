import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

/** The server writes mail as .eml files here when no SMTP server is configured (see playwright.config.ts). */
const outbox = (dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e') => path.resolve(dataDir, 'outbox');

/** Decodes a quoted-printable UTF-8 body. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A body as its headers say it is encoded: mostly-Chinese or Urdu text is sent base64-encoded, the rest quoted-printable. */
function decode(head: string, body: string): string {
  if (/transfer-encoding: quoted-printable/i.test(head)) return decodeQuotedPrintable(body);
  if (/transfer-encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** The plain text of a mail: its body, or the text/plain part of a mail with an HTML part too (right-to-left mail). */
function plainText(head: string, body: string): string {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (!/content-type: multipart\//i.test(head) || !boundary) return decode(head, body);
  for (const part of body.split(`--${boundary}`)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const partHead = part.slice(0, split);
    if (/content-type: text\/plain/i.test(partHead)) return decode(partHead, part.slice(split).trim());
  }
  return body;
}

export interface Mail {
  file: string;
  to: string;
  body: string;
}

function readMails(dataDir?: string): Mail[] {
  let files: string[] = [];
  try {
    files = readdirSync(outbox(dataDir)).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.map((file) => {
    const raw = readFileSync(path.join(outbox(dataDir), file), 'utf8');
    const split = raw.search(/\r?\n\r?\n/);
    const head = raw.slice(0, split);
    const body = raw.slice(split).trim();
    const to = /^To: (.+)$/m.exec(head)?.[1]?.trim() ?? '';
    return { file, to, body: plainText(head, body) };
  });
}

/**
 * Waits for a mail to `to` whose body matches `pattern` (the worker sends within a few seconds) and returns the match.
 * `dataDir`: the server's data folder, for a server a test started itself.
 */
export async function waitForMail(to: string, pattern: RegExp, dataDir?: string): Promise<RegExpExecArray> {
  let found: RegExpExecArray | null = null;
  await expect
    .poll(
      () => {
        for (const mail of readMails(dataDir)) {
          if (mail.to !== to) continue;
          found = pattern.exec(mail.body);
          if (found) return true;
        }
        return false;
      },
      { timeout: 30_000, message: `a mail to ${to} matching ${pattern}` },
    )
    .toBe(true);
  return found!;
}
