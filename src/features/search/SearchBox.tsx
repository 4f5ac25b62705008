import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface SearchBoxStrings {
  label: string;
  placeholder: string;
  submit: string;
  suggestions: string;
  seeAll: string;
  loading: string;
  noResults: string;
  typeLabel: Record<string, string>;
}

interface Suggestion {
  id: string;
  type: string;
  url: string;
  name: string;
  exporter: string;
}

interface Props {
  locale: 'en' | 'zh';
  action: string;
  strings: SearchBoxStrings;
  initialQuery?: string;
  /** Distinguishes several boxes on one page. */
  name?: string;
}

const DEBOUNCE_MS = 150;

/**
 * The header search: a plain GET form that works without JavaScript,
 * enhanced into an accessible combobox with instant suggestions
 * (WAI-ARIA combobox pattern, keyboard navigation, debounced requests).
 */
export default function SearchBox({ locale, action, strings, initialQuery = '', name = 'search' }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done'>('idle');
  const id = useId();
  const listId = `${name}-${id}-list`;
  // The latest list and choice, for results that arrive after the buyer moved through the list.
  const itemsRef = useRef(items);
  const activeRef = useRef(active);
  itemsRef.current = items;
  activeRef.current = active;

  // The input is uncontrolled, so text typed before hydration stays; pick it up now.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (typed !== initialQuery) {
      setQuery(typed);
      setOpen(document.activeElement === inputRef.current);
    }
  }, [initialQuery]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setItems([]);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus('loading');
      try {
        const params = new URLSearchParams({ q, locale, limit: '6' });
        const res = await fetch(`/api/search?${params}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { hits: Suggestion[] };
        // A suggestion chosen with the arrow keys stays chosen when newer results still hold it.
        const chosen = activeRef.current >= 0 ? itemsRef.current[activeRef.current]?.url : undefined;
        setItems(body.hits);
        setActive(chosen ? body.hits.findIndex((hit) => hit.url === chosen) : -1);
        setStatus('done');
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          setItems([]);
          setStatus('done');
        }
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, locale]);

  const expanded = open && query.trim().length > 0 && status !== 'idle';

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(-1, i - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && expanded && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.assign(items[active].url);
    }
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with the search role is announced everywhere; the <search> element is not yet.
    <form role="search" method="get" action={action} className="relative flex w-full gap-2" onSubmit={() => setOpen(false)}>
      <label htmlFor={`${name}-${id}`} className="sr-only">
        {strings.label}
      </label>
      <input
        ref={inputRef}
        id={`${name}-${id}`}
        name="q"
        type="search"
        defaultValue={initialQuery}
        maxLength={200}
        autoComplete="off"
        placeholder={strings.placeholder}
        className="field min-w-0 flex-1 py-1.5"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="btn-primary px-3 py-1.5">
        {strings.submit}
      </button>
      <div className={expanded ? 'absolute left-0 right-0 top-full z-40 mt-1 rounded-md border border-stone-300 bg-white shadow-lg' : 'hidden'}>
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern; the input keeps focus and drives the list. */}
        <ul id={listId} role="listbox" aria-label={strings.suggestions} className="max-h-96 overflow-y-auto py-1">
          {items.map((item, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: the listbox's options are reached through aria-activedescendant from the input, never focused.
            <li
              key={item.id}
              id={`${listId}-${i}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox's listbox.
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-pk-green-50' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                window.location.assign(item.url);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="block font-medium">{item.name}</span>
              <span className="block text-xs text-stone-600">
                {strings.typeLabel[item.type] ?? item.type}
                {item.exporter && item.type === 'product' ? ` · ${item.exporter}` : ''}
              </span>
            </li>
          ))}
        </ul>
        {expanded && (
          <p className="border-t border-stone-200 px-3 py-2 text-xs text-stone-600" aria-live="polite">
            {status === 'loading' ? (
              strings.loading
            ) : items.length === 0 ? (
              strings.noResults.replace('{{q}}', query.trim())
            ) : (
              <a href={`${action}?q=${encodeURIComponent(query.trim())}`} className="underline">
                {strings.seeAll.replace('{{q}}', query.trim())}
              </a>
            )}
          </p>
        )}
      </div>
    </form>
  );
}
