import type { T } from '~/i18n';
import { tradeLabel } from '~/i18n/labels';
import { INCOTERMS, UNITS } from '~/lib/trade';
import { PRICE_CURRENCIES } from '~/lib/money';
import { PORTS } from './schema';
import type { InquiryFormStrings, Option } from './InquiryForm';

/** The strings and choices the inquiry island shows, resolved on the server in the page's language. */
export function inquiryFormProps(t: T, categoryMax: number) {
  const strings: InquiryFormStrings = {
    items: t('inquiry:form.items'),
    quantity: t('inquiry:form.quantity'),
    unit: t('inquiry:form.unit'),
    targetPrice: t('inquiry:form.targetPrice'),
    targetPriceHint: t('inquiry:form.targetPriceHint'),
    currency: t('inquiry:form.currency'),
    belowMoq: t('inquiry:form.belowMoq', { moq: '{{moq}}' }),
    sample: t('inquiry:form.sample'),
    sampleHint: t('inquiry:form.sampleHint'),
    note: t('inquiry:form.note'),
    buyer: t('inquiry:form.buyer'),
    name: t('inquiry:form.name'),
    company: t('inquiry:form.company'),
    email: t('inquiry:form.email'),
    phone: t('inquiry:form.phone'),
    wechat: t('inquiry:form.wechat'),
    province: t('inquiry:form.province'),
    city: t('inquiry:form.city'),
    shipping: t('inquiry:form.shipping'),
    port: t('inquiry:form.port'),
    incoterm: t('inquiry:form.incoterm'),
    message: t('inquiry:form.message'),
    messageHint: t('inquiry:form.messageHint'),
    consent: t('inquiry:form.consent'),
    honeypot: t('inquiry:form.honeypot'),
    submit: t('inquiry:form.submit'),
    sending: t('inquiry:form.sending'),
    choose: t('inquiry:form.choose'),
    category: t('inquiry:form.category'),
    rules: t('inquiry:form.rules', { max: categoryMax }),
    remove: t('inquiry:basket.remove', { name: '{{name}}' }),
    summary: t('inquiry:errors.summary'),
    sentTitle: t('inquiry:sent.title'),
    sentLeadOne: t('inquiry:sent.lead', { count: 1 }),
    sentBelowMoq: t('inquiry:sent.belowMoq', { product: '{{product}}', moq: '{{moq}}' }),
    sentLeadOther: t('inquiry:sent.lead', { count: 1000 }).replace('1000', '{{count}}'),
    reference: t('inquiry:sent.reference'),
    exporter: t('inquiry:sent.exporter'),
    follow: t('inquiry:sent.follow'),
    unavailable: t('errors.unavailable'),
  };
  const ports: Option[] = PORTS.map((p) => ({ value: p, label: t(`inquiry:port.${p}` as 'inquiry:port.shanghai') }));
  const incoterms: Option[] = INCOTERMS.map((i) => ({ value: i, label: tradeLabel(t, 'incoterm', i) }));
  const units: Option[] = UNITS.map((u) => ({ value: u, label: tradeLabel(t, 'unit', u) }));
  const currencies: Option[] = PRICE_CURRENCIES.map((c) => ({ value: c, label: t(`inquiry:currency.${c}`) }));
  return { strings, ports, incoterms, units, currencies };
}
