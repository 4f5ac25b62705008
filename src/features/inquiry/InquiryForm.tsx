import { actions } from 'astro:actions';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { clearBasket, removeFromBasket } from '~/stores/basket';
import { belowMoq } from './moq';

export interface BasketLine {
  slug: string;
  name: string;
  lang: string;
  exporter: string;
  moq: number;
  unit: string;
  /** The MOQ as the exporter states it, e.g. "25 t", in the page's language. */
  moqText: string;
  /** Added with "Request a sample": one sample first. */
  sample: boolean;
}

export interface Option {
  value: string;
  label: string;
}

export interface SentInquiry {
  reference: string;
  exporter: string;
  statusUrl: string;
}

export interface InquiryFormStrings {
  items: string;
  quantity: string;
  unit: string;
  targetPrice: string;
  targetPriceHint: string;
  currency: string;
  /** With a `{{moq}}` placeholder. */
  belowMoq: string;
  sample: string;
  sampleHint: string;
  note: string;
  buyer: string;
  name: string;
  company: string;
  email: string;
  phone: string;
  wechat: string;
  province: string;
  city: string;
  shipping: string;
  port: string;
  incoterm: string;
  message: string;
  messageHint: string;
  consent: string;
  honeypot: string;
  submit: string;
  sending: string;
  choose: string;
  category: string;
  rules: string;
  remove: string;
  summary: string;
  sentTitle: string;
  sentLeadOne: string;
  /** With `{{product}}` and `{{moq}}` placeholders. */
  sentBelowMoq: string;
  /** With a `{{count}}` placeholder. */
  sentLeadOther: string;
  reference: string;
  exporter: string;
  follow: string;
  unavailable: string;
}

interface Props {
  mode: 'items' | 'category';
  locale: 'en' | 'zh';
  lines: BasketLine[];
  categories: Option[];
  ports: Option[];
  incoterms: Option[];
  units: Option[];
  currencies: Option[];
  /** The currency a target price is in unless the buyer picks another: CNY on /zh/, USD on /en/. */
  defaultCurrency: string;
  strings: InquiryFormStrings;
  /** Idempotency key of this form: a double click or a retry sends the same one. */
  idempotencyKey: string;
  /** When the form was shown, signed by the server (the minimum fill time is checked against it). */
  shownAt: string;
  returnTo: string;
  /** After a form post without JavaScript: the values sent back and the errors by field. */
  values?: Record<string, unknown> | undefined;
  errors?: Record<string, string> | undefined;
  sent?: SentInquiry[] | undefined;
  /** After a form post without JavaScript: the lines sent below their exporter's MOQ, as sentences. */
  sentNotes?: string[] | undefined;
}

type Values = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * The inquiry form. Rendered on the server it is a plain form posting to the
 * `inquiry` action; once hydrated it sends without a page reload and shows
 * the errors next to their fields, in the page's language.
 */
export default function InquiryForm(props: Props) {
  const { strings: s, mode } = props;
  const [errors, setErrors] = useState<Record<string, string>>(props.errors ?? {});
  const [sent, setSent] = useState<SentInquiry[] | undefined>(props.sent);
  const [notes, setNotes] = useState<string[]>(props.sentNotes ?? []);
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState(props.lines);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const values: Values = props.values ?? {};
  const buyer = (values.buyer ?? {}) as Values;
  const items = (Array.isArray(values.items) ? values.items : []) as Values[];
  // What each line's quantity, unit and sample box say now, for the MOQ warning; first as sent back by the server.
  const initialLine = (line: BasketLine, i: number) => {
    const sent = items[i];
    return {
      quantity: str(sent?.quantity) || (line.sample && !sent ? '1' : String(line.moq)),
      unit: str(sent?.unit) || line.unit,
      sample: sent ? sent.sampleRequested === 'on' || sent.sampleRequested === true : line.sample,
    };
  };
  const [current, setCurrent] = useState(() => Object.fromEntries(props.lines.map((l, i) => [l.slug, initialLine(l, i)])));
  const change = (slug: string, key: 'quantity' | 'unit' | 'sample', value: string | boolean) =>
    setCurrent((all) => ({ ...all, [slug]: { ...all[slug]!, [key]: value } }));
  const formRef = useRef<HTMLFormElement>(null);
  // The form is usable before the island wakes up: pick up what was typed meanwhile, so the MOQ warning is right.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    setCurrent((all) =>
      Object.fromEntries(
        props.lines.map((line, i) => {
          const field = (name: string) => form.elements.namedItem(`items.${i}.${name}`);
          const quantity = field('quantity');
          const unit = field('unit');
          const sample = field('sampleRequested');
          const was = all[line.slug]!;
          return [
            line.slug,
            {
              quantity: quantity instanceof HTMLInputElement ? quantity.value : was.quantity,
              unit: unit instanceof HTMLSelectElement ? unit.value : was.unit,
              sample: sample instanceof HTMLInputElement ? sample.checked : was.sample,
            },
          ];
        }),
      ),
    );
  }, [props.lines]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const { data, error } = await actions.inquiry(new FormData(event.currentTarget));
      if (error || !data) {
        setErrors({ form: s.unavailable });
      } else if (data.status === 201) {
        setSent(
          data.inquiries.map((i) => ({
            reference: i.reference,
            exporter: props.locale === 'zh' && i.exporterNameZh ? i.exporterNameZh : i.exporterNameEn,
            statusUrl: i.statusUrl,
          })),
        );
        if (mode === 'items') {
          setNotes(
            lines
              .filter((l) => !current[l.slug]?.sample && belowMoq(l, current[l.slug]?.quantity ?? '', current[l.slug]?.unit ?? ''))
              .map((l) => s.sentBelowMoq.replace('{{product}}', l.name).replace('{{moq}}', l.moqText)),
          );
          clearBasket();
        }
        return;
      } else {
        setErrors(data.errors);
      }
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch {
      setErrors({ form: s.unavailable });
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <section aria-labelledby="sent-heading" className="card p-5" role="status">
        <h2 id="sent-heading" className="text-xl font-bold text-pk-green">
          {s.sentTitle}
        </h2>
        <p className="mt-2 text-stone-700">{sent.length === 1 ? s.sentLeadOne : s.sentLeadOther.replace('{{count}}', String(sent.length))}</p>
        {notes.length > 0 && (
          <ul className="mt-3 space-y-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <table className="mt-4 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-xs text-stone-600">
              <th scope="col" className="py-1 pr-2">
                {s.reference}
              </th>
              <th scope="col" className="py-1 pr-2">
                {s.exporter}
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">{s.follow}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sent.map((i) => (
              <tr key={i.reference} className="border-b border-stone-100">
                <th scope="row" className="py-2 pr-2 font-mono">
                  {i.reference}
                </th>
                <td className="py-2 pr-2">{i.exporter}</td>
                <td className="py-2">
                  <a className="underline" href={new URL(i.statusUrl).pathname + new URL(i.statusUrl).search}>
                    {s.follow}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  }

  const hasErrors = Object.keys(errors).length > 0;
  const field = (path: string, label: string, control: (attrs: Record<string, unknown>) => ReactNode, hint?: string) => {
    const id = `f-${path.replace(/\./g, '-')}`;
    const error = errors[path];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {control({ id, name: path, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
        {hint && (
          <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </div>
    );
  };
  const select =
    (options: Option[], value: string, required = true) =>
    (attrs: Record<string, unknown>) => (
      <select {...attrs} className="field" defaultValue={value} required={required}>
        <option value="">{s.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  const input =
    (value: string, type = 'text', extra: Record<string, unknown> = {}) =>
    (attrs: Record<string, unknown>) => <input {...attrs} {...extra} type={type} className="field" defaultValue={value} />;

  return (
    <form ref={formRef} method="post" action="?_action=inquiry" onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <input type="hidden" name="shownAt" value={props.shownAt} />
      <input type="hidden" name="return" value={props.returnTo} />
      {/* The form's default button: Enter in a field sends the inquiry (without JavaScript it would press the first line's ✕). */}
      <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
        {s.submit}
      </button>
      <p
        ref={summaryRef}
        tabIndex={-1}
        role={hasErrors ? 'alert' : undefined}
        className={hasErrors ? 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900' : 'sr-only'}
      >
        {hasErrors ? (errors.form ?? s.summary) : ''}
      </p>

      {mode === 'items' ? (
        <fieldset className="card space-y-4 p-4">
          <legend className="px-1 text-lg font-bold">{s.items}</legend>
          {errors.items && <p className="text-sm font-medium text-red-800">{errors.items}</p>}
          <ol className="space-y-4">
            {lines.map((line, i) => (
              <li key={line.slug} className="rounded border border-stone-200 p-3">
                <input type="hidden" name={`items.${i}.product`} value={line.slug} />
                <div className="flex items-start justify-between gap-2">
                  <p className="font-semibold" lang={line.lang}>
                    {line.name}
                    <span className="block text-xs font-normal text-stone-600">{line.exporter}</span>
                  </p>
                  <button
                    type="submit"
                    formAction="/api/basket"
                    name="remove"
                    value={line.slug}
                    className="text-sm text-stone-700 underline"
                    aria-label={s.remove.replace('{{name}}', line.name)}
                    onClick={(e) => {
                      e.preventDefault();
                      removeFromBasket(line.slug);
                      setLines((current) => current.filter((l) => l.slug !== line.slug));
                    }}
                  >
                    ✕
                  </button>
                </div>
                {errors[`items.${i}.product`] && <p className="text-sm font-medium text-red-800">{errors[`items.${i}.product`]}</p>}
                <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
                  {field(
                    `items.${i}.quantity`,
                    s.quantity,
                    input(current[line.slug]?.quantity ?? '', 'number', {
                      min: 1,
                      step: 1,
                      inputMode: 'numeric',
                      onChange: (e: ChangeEvent<HTMLInputElement>) => change(line.slug, 'quantity', e.currentTarget.value),
                    }),
                  )}
                  {field(`items.${i}.unit`, s.unit, (attrs) => (
                    <select
                      {...attrs}
                      className="field"
                      defaultValue={current[line.slug]?.unit ?? line.unit}
                      required
                      onChange={(e) => change(line.slug, 'unit', e.currentTarget.value)}
                    >
                      {props.units.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  ))}
                  {!current[line.slug]?.sample && belowMoq(line, current[line.slug]?.quantity ?? '', current[line.slug]?.unit ?? '') && (
                    <p className="col-span-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 sm:col-span-4" role="status">
                      {s.belowMoq.replace('{{moq}}', line.moqText)}
                    </p>
                  )}
                  <div className="col-span-2">
                    {field(
                      `items.${i}.targetPrice`,
                      s.targetPrice,
                      input(str(items[i]?.targetPrice), 'text', { inputMode: 'decimal', maxLength: 20, autoComplete: 'off' }),
                      s.targetPriceHint,
                    )}
                  </div>
                  <div className="col-span-2">
                    {field(`items.${i}.targetCurrency`, s.currency, select(props.currencies, str(items[i]?.targetCurrency) || props.defaultCurrency))}
                  </div>
                  <div className="col-span-2 sm:col-span-4">
                    <label className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        name={`items.${i}.sampleRequested`}
                        className="mt-1 h-4 w-4"
                        defaultChecked={current[line.slug]?.sample ?? false}
                        aria-describedby={`f-items-${i}-sample-hint`}
                        onChange={(e) => change(line.slug, 'sample', e.currentTarget.checked)}
                      />
                      <span>{s.sample}</span>
                    </label>
                    <p id={`f-items-${i}-sample-hint`} className="mt-1 text-xs text-stone-600">
                      {s.sampleHint}
                    </p>
                  </div>
                  <div className="col-span-2 sm:col-span-4">{field(`items.${i}.note`, s.note, input(str(items[i]?.note), 'text', { maxLength: 500 }))}</div>
                </div>
              </li>
            ))}
          </ol>
        </fieldset>
      ) : (
        <fieldset className="card space-y-4 p-4">
          <legend className="px-1 text-lg font-bold">{s.category}</legend>
          <p className="text-sm text-stone-700">{s.rules}</p>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <div className="col-span-2">{field('category', s.category, select(props.categories, str(values.category)))}</div>
            {field('quantity', s.quantity, input(str(values.quantity), 'number', { min: 1, step: 1, inputMode: 'numeric' }))}
            {field('unit', s.unit, select(props.units, str(values.unit)))}
            <div className="col-span-2">
              {field(
                'targetPrice',
                s.targetPrice,
                input(str(values.targetPrice), 'text', { inputMode: 'decimal', maxLength: 20, autoComplete: 'off' }),
                s.targetPriceHint,
              )}
            </div>
            <div className="col-span-2">
              {field('targetCurrency', s.currency, select(props.currencies, str(values.targetCurrency) || props.defaultCurrency))}
            </div>
          </div>
        </fieldset>
      )}

      <fieldset className="card space-y-4 p-4">
        <legend className="px-1 text-lg font-bold">{s.buyer}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {field('buyer.name', s.name, input(str(buyer.name), 'text', { autoComplete: 'name', required: true, maxLength: 100 }))}
          {field('buyer.company', s.company, input(str(buyer.company), 'text', { autoComplete: 'organization', required: true, maxLength: 150 }))}
          {field('buyer.email', s.email, input(str(buyer.email), 'email', { autoComplete: 'email', required: true }))}
          {field('buyer.phone', s.phone, input(str(buyer.phone), 'tel', { autoComplete: 'tel', required: true }))}
          {field('buyer.wechat', s.wechat, input(str(buyer.wechat)))}
          {field('buyer.province', s.province, input(str(buyer.province), 'text', { autoComplete: 'address-level1' }))}
          {field('buyer.city', s.city, input(str(buyer.city), 'text', { autoComplete: 'address-level2' }))}
        </div>
      </fieldset>

      <fieldset className="card space-y-4 p-4">
        <legend className="px-1 text-lg font-bold">{s.shipping}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {field('destinationPort', s.port, select(props.ports, str(values.destinationPort)))}
          {field('incoterm', s.incoterm, select(props.incoterms, str(values.incoterm) || 'FOB'))}
        </div>
        {field(
          'message',
          s.message,
          (attrs) => (
            <textarea {...attrs} rows={5} maxLength={2000} className="field" defaultValue={str(values.message)} />
          ),
          s.messageHint,
        )}
      </fieldset>

      {/* Honeypot: hidden from people, filled in by bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="f-website">{s.honeypot}</label>
        <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="consent"
            className="mt-1 h-4 w-4"
            defaultChecked={values.consent === true}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'f-consent-error' : undefined}
          />
          <span>{s.consent}</span>
        </label>
        {errors.consent && (
          <p id="f-consent-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.consent}
          </p>
        )}
      </div>

      <button type="submit" className="btn-primary px-6 py-3 text-base" disabled={busy} aria-busy={busy}>
        {busy ? s.sending : s.submit}
      </button>
    </form>
  );
}
