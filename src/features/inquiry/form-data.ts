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
    const item = /^items\.(\d{1,2})\.(product|quantity|unit|targetPriceUsdCents|note)$/.exec(key);
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
    if (['locale', 'destinationPort', 'incoterm', 'message', 'category', 'quantity', 'unit', 'targetPriceUsdCents'].includes(key)) {
      if (value !== '' || key === 'message' || key === 'category') out[key] = value;
    }
  }
  out.consent = form.get('consent') === 'on' || form.get('consent') === 'true';
  if (!form.has('category')) out.items = items.filter(Boolean);
  return out;
}
