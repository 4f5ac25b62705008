import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';

/** Mails sent at the same time (and SMTP connections kept open). */
export const MAIL_CONCURRENCY = 5;

export interface MailMessage {
  /** Stable Message-ID without angle brackets: the same job always sends the same id. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  replyTo?: string | undefined;
  /** BCP-47 language of the body, sent as Content-Language. */
  language: string;
  /** The sender's display name in the mail's language, put before the configured sender address. */
  fromName?: string | undefined;
}

export interface Mailer {
  readonly kind: 'smtp' | 'folder';
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailerConfig {
  /** `smtp://user:pass@host:port` (or `smtps://`); when absent, mail is written to `outboxDir`. */
  smtpUrl?: string | undefined;
  outboxDir: string;
  from: string;
}

/** Whether a mail's language (a BCP-47 tag) is written right to left: Urdu, Arabic, Persian, Hebrew. */
export function rightToLeft(language: string): boolean {
  return /^(?:ur|ar|fa|he)(?:-|$)/i.test(language);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML part of a right-to-left mail: the text's lines as they are (no markup is taken from it), in a
 * document marked `dir="rtl"` with the language's tag; addresses are links kept left to right.
 */
export function rightToLeftHtml(m: Pick<MailMessage, 'subject' | 'text' | 'language'>): string {
  const line = (text: string) => escapeHtml(text).replace(/https?:\/\/[^\s<>"']{1,2000}/g, (url) => `<a href="${url}" dir="ltr">${url}</a>`);
  const body = m.text
    .split('\n')
    .map((text) => (text.trim() ? `<p dir="auto" style="margin:0 0 .4em">${line(text)}</p>` : '<br>'))
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(m.language)}" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head>
<body dir="rtl" style="direction:rtl;text-align:right;font-family:'Noto Naskh Arabic','Noto Nastaliq Urdu',Tahoma,sans-serif;line-height:1.8">
${body}
</body></html>`;
}

/**
 * Sends mail through SMTP (nodemailer) when configured, otherwise writes each
 * message as an `.eml` file to a folder — the embedded default, readable with
 * any mail client. Writing is atomic and named by Message-ID, so a resend
 * replaces rather than duplicates.
 */
export function createMailer(config: MailerConfig): Mailer {
  const [sender] = addressparser(config.from, { flatten: true });
  const envelope = (m: MailMessage) => ({
    from: m.fromName && sender?.address ? { name: m.fromName, address: sender.address } : config.from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    messageId: `<${m.messageId}>`,
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    headers: { 'Content-Language': m.language, 'Auto-Submitted': 'auto-generated' },
    // Mail in a right-to-left language (Urdu to traders) also carries an HTML part set right to left: a plain
    // text part is shown left to right by most mail programs, with the sentences' punctuation on the wrong side.
    ...(rightToLeft(m.language) ? { html: rightToLeftHtml(m) } : {}),
  });

  if (config.smtpUrl) {
    // A pool of reused connections: opening one per mail caps throughput at the relay's greeting delay.
    const url = new URL(config.smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(MAIL_CONCURRENCY));
    // A hung relay must fail a send well within the worker's lease, or another instance could send it again.
    for (const [name, ms] of [
      ['connectionTimeout', 10_000],
      ['greetingTimeout', 10_000],
      ['socketTimeout', 30_000],
    ] as const) {
      if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
    }
    const transport = nodemailer.createTransport(url.href, { disableFileAccess: true, disableUrlAccess: true });
    return {
      kind: 'smtp',
      send: async (m) => {
        await transport.sendMail(envelope(m));
      },
      close: () => transport.close(),
    };
  }

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'folder',
    send: async (m) => {
      const info = await transport.sendMail(envelope(m));
      mkdirSync(config.outboxDir, { recursive: true });
      const file = path.join(config.outboxDir, `${m.messageId.replace(/[^a-zA-Z0-9._-]/g, '_')}.eml`);
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, info.message as Buffer);
      renameSync(tmp, file);
    },
    close: () => transport.close(),
  };
}
