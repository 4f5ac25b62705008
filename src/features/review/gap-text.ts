import type { T } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import { joinEnumeration } from '~/lib/format';
import type { Gap } from './review.server';

/** One missing condition in words: “SECP certificate of incorporation not uploaded”. */
export function gapText(t: T, gap: Gap, locale: Locale): string {
  if (gap.code === 'emailUnconfirmed') return t('review:gap.emailUnconfirmed');
  if (gap.code === 'profileIncomplete')
    return t('review:gap.profileIncomplete', {
      fields: joinEnumeration(
        gap.fields.map((f) => t(`review:field.${f}` as 'review:field.nameEn')),
        locale,
      ),
    });
  return t('review:gap.documentMissing', { kind: t(`review:documents.kind.${gap.kind}` as 'review:documents.kind.secp') });
}

/** Why the verify button was refused, listing every missing condition. */
export function notReadyText(t: T, gaps: Gap[], locale: Locale): string {
  return t('review:errors.notReady', { missing: gaps.map((g) => gapText(t, g, locale)).join(locale === 'zh' ? '；' : '; ') });
}
