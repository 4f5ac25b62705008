/**
 * The trader portal in Urdu: every portal namespace has exactly the keys of English in Urdu, with the same
 * {{variables}}, and (once written) is really Urdu, not English left in place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getT, PORTAL_NAMESPACES } from '~/i18n';
import { direction, intlTag } from '~/i18n/locales';
import { isPortalRest, portalRequestLocale, splitUiLocale, switchUiLocalePath } from '~/i18n/url';
import { latinDigits } from '~/lib/digits';
import { formatNumber } from '~/lib/format';
import { formatMinor, parseDecimalMinor } from '~/lib/money';
import { parseMinor } from '~/features/quotes/money';
import { tierSchema } from '~/features/exporter/product-schema';
import { rightToLeft, rightToLeftHtml } from '~/server/mail/transport.server';
import { accountMailText } from '~/server/auth/mail.server';

const root = path.resolve(import.meta.dirname, '../../locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}
const read = (locale: string, ns: string) => flatten(JSON.parse(readFileSync(path.join(root, locale, `${ns}.json`), 'utf8')));
const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Urdu files being written by translators right now (none at present): only their keys and variables are
 * checked. Take a namespace off this list once its Urdu is in: from then on an Urdu text equal to the English
 * one fails the test.
 */
const UNDER_TRANSLATION = new Set<string>();

/** Texts that are the same in both languages: codes and marks read as they are (`HS {{code}}`), Chinese names. */
const SAME_IN_URDU = /^(?:[A-Z0-9 .,/&()%+:-]*|.*[\u4e00-\u9fff].*)$/;
/**
 * Trade terms Pakistani exporters use in English within Urdu: the Incoterm is named as such in contracts, and
 * "D/P at sight" is the bank's payment term (as "L/C at sight" is kept in Latin within proforma:doc.terms.lc-sight).
 */
const ENGLISH_IN_URDU = new Set(['inquiry:form.incoterm', 'inbox:detail.incoterm', 'inbox:csv.incoterm', 'catalog:product.incoterms', 'proforma:doc.terms.dp']);

describe('Urdu portal texts', () => {
  it('cover the namespaces the exporter portal reads', () => {
    expect([...PORTAL_NAMESPACES].sort()).toEqual(
      ['catalog', 'common', 'desk', 'exporter', 'import', 'inbox', 'inquiry', 'portal', 'products', 'proforma', 'quotes', 'review', 'trade'].sort(),
    );
  });

  for (const ns of PORTAL_NAMESPACES) {
    it(`${ns}: ur has exactly the keys of en, with the same {{variables}}`, () => {
      expect(existsSync(path.join(root, 'ur', `${ns}.json`))).toBe(true);
      const en = read('en', ns);
      const ur = read('ur', ns);
      expect([...ur.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(ur.get(key)?.trim(), `${ns}:${key}`).not.toBe('');
        expect(variables(ur.get(key) ?? ''), `${ns}:${key}`).toEqual(variables(text));
      }
    });

    it.skipIf(UNDER_TRANSLATION.has(ns))(`${ns}: every ur text is written in Urdu, not left in English`, () => {
      const en = read('en', ns);
      const ur = read('ur', ns);
      const untranslated = [...en]
        .filter(([key, text]) => ur.get(key) === text && !SAME_IN_URDU.test(text.replace(/\{\{\s*\w+\s*\}\}/g, '')) && !ENGLISH_IN_URDU.has(`${ns}:${key}`))
        .map(([key]) => `${ns}:${key}`);
      expect(untranslated).toEqual([]);
    });
  }

  it('translates with Urdu first and English for a key an Urdu file does not have yet', () => {
    const t = getT('ur');
    expect(t('portal:account.title')).toBe('آپ کا اکاؤنٹ');
    expect(t('quotes:state.draft')).toBe('ڈرافٹ');
    // A namespace the portal never shows (the buyer's desk) reads English rather than a key.
    expect(t('buyer:desk.title')).toBe(getT('en')('buyer:desk.title'));
  });
});

describe('the layout of Urdu pages', () => {
  it('is written in Urdu: the search box, the link for buyers and the buyer desk', () => {
    const t = getT('ur');
    const en = getT('en');
    for (const key of [
      'footer.buyers',
      'nav.buyerDesk',
      'header.searchLabel',
      'header.searchSuggestions',
      'header.searchLoading',
      'header.searchType.article',
    ] as const) {
      expect(t(key), key).not.toBe(en(key));
      expect(t(key), key).toMatch(/[\u0600-\u06ff]/);
    }
    expect(t('header.searchSeeAll', { q: 'basmati' })).toBe('“basmati” کے تمام نتائج دیکھیں');
  });
});

describe('Urdu addresses', () => {
  it('exist for the exporter portal only', () => {
    expect(splitUiLocale('/ur/exporter/sign-in/')).toEqual({ locale: 'ur', rest: '/exporter/sign-in/' });
    expect(splitUiLocale('/ur/exporter')).toEqual({ locale: 'ur', rest: '/exporter' });
    expect(splitUiLocale('/ur/products/')).toBeNull();
    expect(splitUiLocale('/ur/exporters/khewra/')).toBeNull();
    expect(splitUiLocale('/ur/')).toBeNull();
    expect(splitUiLocale('/zh/products/')).toEqual({ locale: 'zh', rest: '/products/' });
    expect(isPortalRest('/exporterx/')).toBe(false);
  });

  it('switch between the three languages on the same portal page', () => {
    const url = new URL('http://x/ur/exporter/inquiries/?status=new');
    expect(switchUiLocalePath(url, 'en')).toBe('/en/exporter/inquiries/?status=new');
    expect(switchUiLocalePath(new URL('http://x/zh/exporter/profile/'), 'ur')).toBe('/ur/exporter/profile/');
  });

  it('answer a form posted from an Urdu page in Urdu', () => {
    const request = new Request('https://pavilion.test/_actions/exporter.signIn', {
      headers: { referer: 'https://pavilion.test/ur/exporter/sign-in/', 'accept-language': 'en' },
    });
    expect(portalRequestLocale(request)).toBe('ur');
    const foreign = new Request('https://pavilion.test/_actions/exporter.signIn', {
      headers: { referer: 'https://evil.example/ur/exporter/', 'accept-language': 'zh-CN' },
    });
    expect(portalRequestLocale(foreign)).toBe('zh');
    expect(direction('ur')).toBe('rtl');
    expect(direction('zh')).toBe('ltr');
  });
});

describe('digits', () => {
  it('are written as the account chose on Urdu pages only', () => {
    expect(formatNumber(1234, 'ur', 'urdu')).toBe('۱٬۲۳۴');
    expect(formatNumber(1234, 'ur', 'latin')).toBe('1,234');
    expect(formatNumber(1234, 'en', 'urdu')).toBe('1,234');
    expect(intlTag('ur', 'urdu')).toBe('ur-PK-u-nu-arabext');
  });

  it('in money amounts follow the account on Urdu pages, the currency staying as it is', () => {
    expect(formatMinor(123456, 'USD', 'urdu')).toBe('US$۱٬۲۳۴٫۵۶');
    expect(formatMinor(500000, 'PKR', 'urdu')).toBe('PKR ۵٬۰۰۰٫۰۰');
    expect(formatMinor(8800, 'CNY', 'urdu')).toBe('¥۸۸٫۰۰');
    expect(formatMinor(-1205, 'USD', 'urdu')).toBe('-US$۱۲٫۰۵');
    // Written as Intl writes Urdu numbers, and read back as the amount it is.
    expect(formatMinor(123456, 'USD', 'urdu').slice(3)).toBe(formatNumber(1234.56, 'ur', 'urdu'));
    expect(parseMinor(formatMinor(123456, 'USD', 'urdu').slice(3))).toBe(123456);
    expect(formatMinor(123456, 'USD', 'latin')).toBe('US$1,234.56');
    expect(formatMinor(123456, 'USD')).toBe('US$1,234.56');
  });

  it('typed in Urdu, Arabic-Indic or full width are read as numbers', () => {
    expect(latinDigits('۱۲۳٫۵۰')).toBe('123.50');
    expect(latinDigits('٤٥٦')).toBe('456');
    expect(latinDigits('７８９．１')).toBe('789.1');
    expect(latinDigits('۱٬۰۰۰')).toBe('1,000');
    expect(latinDigits('abc 12')).toBe('abc 12');
    expect(parseDecimalMinor('۸٫۵', 1_000_000)).toEqual({ ok: true, minor: 850 });
    expect(parseMinor('۱٬۲۳۴٫۵۶')).toBe(123456);
    expect(parseMinor('１２')).toBe(1200);
    expect(parseMinor('۱۲x')).toBeNull();
  });

  it('typed in the product editor are read like Latin ones', () => {
    const parsed = tierSchema.safeParse({ minQuantity: '۲۰۰', priceUsdCents: '۱۲٫۵۰' });
    expect(parsed.success && parsed.data).toEqual({ minQuantity: 200, priceUsdCents: 1250 });
  });
});

describe('Urdu mail', () => {
  it('is marked Urdu, links to the Urdu portal, and has a right-to-left HTML part', () => {
    const mail = accountMailText('verify', 'ur', 'Asma', 'https://pavilion.test/ur/exporter/verify/?token=a&b=1');
    expect(mail.language).toBe('ur');
    expect(rightToLeft(mail.language)).toBe(true);
    expect(rightToLeft('en')).toBe(false);
    const html = rightToLeftHtml({ ...mail, text: `${mail.text}\n<script>x</script>` });
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toContain('<a href="https://pavilion.test/ur/exporter/verify/?token=a&#38;b=1" dir="ltr">');
    expect(html).not.toContain('<script>');
  });
});
