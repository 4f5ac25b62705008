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
