import { useEffect, useRef, useState } from 'react';

interface Term {
  en: string;
  zh: string;
}

interface Props {
  /** The id of the Chinese field the terms are written into. */
  target: string;
  /** The English the Chinese is written from: its terms are offered first. */
  source: string;
  endpoint: string;
  label: string;
  /** The button's text, with `{{zh}}` standing for the term's Chinese. */
  useLabel: string;
}

/** The Latin word(s) just typed at the end of `text` (a trader types an English term into the Chinese field). */
function typedTerm(text: string): string {
  let start = text.length;
  while (start > 0 && start > text.length - 40 && /[A-Za-z\- ]/.test(text[start - 1]!)) start -= 1;
  return text.slice(start).trimStart();
}

async function lookUp(endpoint: string, q: string, signal: AbortSignal): Promise<Term[]> {
  const answer = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal, headers: { Accept: 'application/json' } });
  if (!answer.ok) return [];
  const body = (await answer.json()) as { terms?: Term[] };
  return Array.isArray(body.terms) ? body.terms : [];
}

/**
 * Chinese the pavilion's catalog already uses for the terms of the source text, and for an English word
 * typed into the Chinese field: choosing one writes its Chinese into the field (in place of the typed word).
 */
export default function TermHints({ target, source, endpoint, label, useLabel }: Props) {
  const [terms, setTerms] = useState<Term[]>([]);
  const [typed, setTyped] = useState('');
  const pending = useRef<AbortController | null>(null);

  useEffect(() => {
    const field = document.getElementById(target) as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (q: string, word: string) => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      lookUp(endpoint, q, controller.signal)
        .then((found) => {
          setTerms(found);
          setTyped(word);
        })
        .catch(() => {});
    };
    ask(source.slice(0, 200), '');
    const onInput = () => {
      clearTimeout(timer);
      const word = typedTerm(field.value.slice(0, field.selectionEnd ?? field.value.length));
      timer = setTimeout(() => ask(word.length >= 2 ? word : source.slice(0, 200), word.length >= 2 ? word : ''), 250);
    };
    field.addEventListener('input', onInput);
    return () => {
      clearTimeout(timer);
      field.removeEventListener('input', onInput);
      pending.current?.abort();
    };
  }, [target, source, endpoint]);

  const use = (term: Term) => {
    const field = document.getElementById(target) as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    const end = field.selectionEnd ?? field.value.length;
    const start = typed && field.value.slice(0, end).endsWith(typed) ? end - typed.length : (field.selectionStart ?? end);
    field.value = field.value.slice(0, start) + term.zh + field.value.slice(end);
    const at = start + term.zh.length;
    field.setSelectionRange(at, at);
    field.focus();
    setTyped('');
  };

  if (!terms.length) return null;
  return (
    <div className="space-y-1" aria-live="polite">
      <p className="text-xs font-semibold text-stone-600">{label}</p>
      <ul className="flex flex-wrap gap-2">
        {terms.map((term) => (
          <li key={`${term.en}|${term.zh}`}>
            <button type="button" className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100" onClick={() => use(term)}>
              <span lang="en">{term.en}</span> → <span lang="zh-Hans">{useLabel.replace('{{zh}}', term.zh)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
