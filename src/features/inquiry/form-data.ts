import { LIMITS, rawLimit } from './schema';

/**
 * Turns the inquiry form's fields (`buyer.name`, `items.0.quantity`…) into
 * the JSON shape of the API, so both go through the same schema. Empty
 * optional numbers become undefined; the consent checkbox becomes a boolean.
 */
export function formToInquiry(form: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const items: Array<Record<string, unknown>> = [];
  for (const [key, raw] of form.entries()) {
    if (typeof raw !== 'string') continue;
    const value = raw;
    const item = /^items\.(\d{1,2})\.(product|quantity|unit|targetPrice|targetCurrency|sampleRequested|note)$/.exec(key);
    if (item) {
      const index = Number(item[1]);
      if (index >= 50) continue;
      items[index] ??= {};
      if (value !== '' || item[2] === 'note') items[index]![item[2]!] = value;
      continue;
    }
    const buyer = /^buyer\.(name|company|email|phone|wechat|province|city)$/.exec(key);
    if (buyer) {
      out.buyer = { ...(out.buyer as object | undefined), [buyer[1]!]: value };
      continue;
    }
    if (['locale', 'destinationPort', 'incoterm', 'message', 'category', 'quantity', 'unit', 'targetPrice', 'targetCurrency'].includes(key)) {
      if (value !== '' || key === 'message' || key === 'category') out[key] = value;
    }
  }
  out.consent = form.get('consent') === 'on' || form.get('consent') === 'true';
  if (!form.has('category')) out.items = items.filter(Boolean);
  return out;
}

/** Longest text shown again in the form: the longest field's raw limit (the message's), with room to spare. */
const ECHO_MAX = rawLimit(LIMITS.message);

/**
 * The values to show again after a refused submission, each text cut to a
 * length no field takes: a megabyte sent in a field comes back as a few KB
 * (marked too long), not as a megabyte to serialise and send back.
 */
export function valuesForDisplay<T>(values: T): T {
  if (typeof values === 'string') return (values.length > ECHO_MAX ? values.slice(0, ECHO_MAX) : values) as T;
  if (Array.isArray(values)) return values.map(valuesForDisplay) as T;
  if (values && typeof values === 'object') return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, valuesForDisplay(v)])) as T;
  return values;
}
