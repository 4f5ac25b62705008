import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buyerConfirmationText, exporterReplyText, senderName } from '~/features/inquiry/mail-text';
import { inviteMailText } from '~/features/operator/operators.server';
import { accountMailText } from '~/server/auth/mail.server';
import { nudgeMailText } from '~/features/operator/nudge-mail';
import { HAS_CJK, halfWidth, latinWords, OTHER_LANGUAGE_KEYS } from '../fixtures/zh-text';

/*
 * What a mainland reader notices first on a Chinese page: half-width
 * punctuation beside Chinese characters, and English words left in the
 * interface. Checked in the Chinese locale files, in Chinese text written
 * into the source, and in every mail a Chinese reader receives. Each
 * offence is reported with its file and key (or line) and the text.
 */

const root = path.resolve(import.meta.dirname, '../..');

function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );
}

describe('Chinese locale files', () => {
  const dir = path.join(root, 'locales/zh');
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) =>
      flatten(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))).map(([key, text]) => ({
        file: `locales/zh/${file}`,
        key: `${file.replace('.json', '')}:${key}`,
        text,
      })),
    );

  it('use full-width punctuation beside Chinese characters', () => {
    const offences = entries.flatMap(({ file, key, text }) => halfWidth(text).map((at) => `${file} ${key}: “${at}” in “${text}”`));
    expect(offences).toEqual([]);
  });

  it('leave no English words, only allowed codes and marks', () => {
    const offences = entries
      .filter(({ key }) => !(key in OTHER_LANGUAGE_KEYS))
      .flatMap(({ file, key, text }) => {
        const words = latinWords(text);
        return words.length ? [`${file} ${key}: ${words.join(', ')} in “${text}”`] : [];
      });
    expect(offences).toEqual([]);
  });

  it('allow other-language text only under keys that exist', () => {
    const keys = new Set(entries.map((e) => e.key));
    expect(Object.keys(OTHER_LANGUAGE_KEYS).filter((k) => !keys.has(k))).toEqual([]);
  });
});

/** Source files that can hold interface text. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(astro|tsx|ts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * The Chinese text in a source file: string literals and, in templates, the
 * text between tags; comments are left out. Interpolations count as neither
 * Chinese nor punctuation. Returns each text with its line.
 */
function chineseTexts(source: string): Array<{ line: number; text: string }> {
  const blanked = source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/^\s*\/\/.*$/gm, (c) => c.replace(/./g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const pieces = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|>[^<>{}]+</g;
  const out: Array<{ line: number; text: string }> = [];
  for (const m of blanked.matchAll(pieces)) {
    const text = m[0].slice(1, -1).replace(/\$\{[^}]*\}/g, '\u0001');
    if (HAS_CJK.test(text)) out.push({ line: blanked.slice(0, m.index).split('\n').length, text });
  }
  return out;
}

describe('Chinese text written in the source', () => {
  it('uses full-width punctuation beside Chinese characters', () => {
    const offences = sourceFiles(path.join(root, 'src')).flatMap((file) =>
      chineseTexts(readFileSync(file, 'utf8')).flatMap(({ line, text }) =>
        halfWidth(text).map((at) => `${path.relative(root, file)}:${line}: “${at}” in “${text.trim()}”`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it('is found by the check (a sample with a half-width comma and colon)', () => {
    const sample = "const a = '锡亚尔科特, 旁遮普省';\n// 注释, 不算\n<p>话题: 文化</p>";
    expect(chineseTexts(sample).flatMap(({ text }) => halfWidth(text))).toEqual(['锡亚尔科特, 旁遮普省', '话题: 文化']);
  });
});

describe('mail to a Chinese reader', () => {
  const site = 'https://pavilion.example.cn';
  const names = ['王伟', '切纳布体育用品有限公司', 'Chenab Sports Works', '李娜'];
  const mails = {
    'inquiry confirmation (one exporter)': buyerConfirmationText({
      locale: 'zh',
      buyerName: '王伟',
      inquiries: [{ reference: 'PKP-2026-000123', exporterName: '切纳布体育用品有限公司', link: `${site}/zh/inquiries/PKP-2026-000123/?token=abc` }],
    }),
    'inquiry confirmation (three exporters)': buyerConfirmationText({
      locale: 'zh',
      buyerName: '王伟',
      inquiries: [1, 2, 3].map((n) => ({
        reference: `PKP-2026-00012${n}`,
        exporterName: 'Chenab Sports Works',
        link: `${site}/zh/inquiries/PKP-2026-00012${n}/?token=t${n}`,
      })),
    }),
    'exporter reply': exporterReplyText({
      locale: 'zh',
      buyerName: '王伟',
      exporterName: '切纳布体育用品有限公司',
      reference: 'PKP-2026-000123',
      body: '您好，40 吨的 FOB 卡拉奇价格为每吨 95 美元。',
      link: `${site}/zh/inquiries/PKP-2026-000123/?token=abc`,
    }),
    'address confirmation': accountMailText('verify', 'zh', '王伟', `${site}/zh/exporter/verify/?token=abc`),
    'password reset': accountMailText('reset', 'zh', '王伟', `${site}/zh/exporter/reset-password/?token=abc`),
    'refused sign-ins': accountMailText('signin-failures', 'zh', '王伟', `${site}/zh/exporter/forgot-password/`),
    'operator invitation': inviteMailText('zh', '王伟', '李娜', `${site}/zh/exporter/reset-password/?token=abc`),
    'reminder of an unanswered inquiry': nudgeMailText({
      locale: 'zh',
      exporterName: '切纳布体育用品有限公司',
      reference: 'PKP-2026-000123',
      buyerCompany: '李娜',
      days: 3,
      link: `${site}/zh/exporter/inquiries/PKP-2026-000123/`,
    }),
  };

  for (const [kind, mail] of Object.entries(mails)) {
    it(`${kind}: written in Chinese, with Chinese punctuation`, () => {
      let text = `${mail.subject}\n${mail.text}`;
      for (const name of names) text = text.replaceAll(name, '');
      const english = text.split('\n').filter((line) => latinWords(line).length > 0);
      expect(english, kind).toEqual([]);
      expect(halfWidth(`${mail.subject}\n${mail.text}`), kind).toEqual([]);
      expect(mail.language).toBe('zh-Hans');
    });
  }

  it('comes from 巴基斯坦国家馆, and English mail from Pakistan Pavilion', () => {
    expect(senderName('zh-Hans')).toBe('巴基斯坦国家馆');
    expect(senderName('en')).toBe('Pakistan Pavilion');
  });
});
