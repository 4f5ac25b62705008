/**
 * The search box's suggestions (see SearchBox.astro): a WAI-ARIA combobox
 * over the server-rendered form. The input keeps focus and drives the list
 * (`aria-activedescendant`); requests are debounced and the stale ones
 * aborted. Plain DOM, no framework: this is all the JavaScript a catalog
 * page loads for its search.
 */
import type { SearchBoxStrings } from './search-box';

interface Suggestion {
  id: string;
  type: string;
  url: string;
  name: string;
  exporter: string;
}

type Strings = Pick<SearchBoxStrings, 'seeAll' | 'loading' | 'noResults' | 'typeLabel'>;

const DEBOUNCE_MS = 150;
const enhanced = new WeakSet<HTMLFormElement>();

export function enhance(form: HTMLFormElement): void {
  if (enhanced.has(form)) return;
  enhanced.add(form);
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = popup.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = popup.querySelector<HTMLElement>('[aria-live]')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const locale = form.dataset.locale ?? 'en';

  let items: Suggestion[] = [];
  let active = -1;
  let open = false;
  let state: 'idle' | 'loading' | 'done' = 'idle';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const query = () => input.value.trim();
  const optionId = (i: number) => `${list.id}-${i}`;

  function render(): void {
    const expanded = open && query().length > 0 && state !== 'idle';
    input.setAttribute('aria-expanded', String(expanded));
    popup.hidden = !expanded;
    if (expanded && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    list.replaceChildren(
      ...items.map((item, i) => {
        const option = document.createElement('li');
        option.id = optionId(i);
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active));
        option.className = `cursor-pointer px-3 py-2 text-sm${i === active ? ' bg-pk-green-50' : ''}`;
        const name = document.createElement('span');
        name.className = 'block font-medium';
        name.textContent = item.name;
        const meta = document.createElement('span');
        meta.className = 'block text-xs text-stone-600';
        meta.textContent = `${strings.typeLabel[item.type] ?? item.type}${item.exporter && item.type === 'product' ? ` · ${item.exporter}` : ''}`;
        option.append(name, meta);
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          window.location.assign(item.url);
        });
        option.addEventListener('mouseenter', () => {
          active = i;
          render();
        });
        return option;
      }),
    );
    const q = query();
    if (!expanded) status.replaceChildren();
    else if (state === 'loading') status.textContent = strings.loading;
    else if (items.length === 0) status.textContent = strings.noResults.replace('{{q}}', q);
    else {
      const link = document.createElement('a');
      link.href = `${form.action}?q=${encodeURIComponent(q)}`;
      link.className = 'underline';
      link.textContent = strings.seeAll.replace('{{q}}', q);
      status.replaceChildren(link);
    }
  }

  function suggest(): void {
    clearTimeout(timer);
    controller?.abort();
    const q = query();
    if (!q) {
      items = [];
      state = 'idle';
      render();
      return;
    }
    const current = new AbortController();
    controller = current;
    timer = setTimeout(async () => {
      state = 'loading';
      render();
      try {
        const params = new URLSearchParams({ q, locale, limit: '6' });
        const res = await fetch(`/api/search?${params}`, { signal: current.signal, headers: { Accept: 'application/json' } });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { hits: Suggestion[] };
        // A suggestion chosen with the arrow keys stays chosen when newer results still hold it.
        const chosen = active >= 0 ? items[active]?.url : undefined;
        items = body.hits;
        active = chosen ? items.findIndex((hit) => hit.url === chosen) : -1;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        items = [];
        active = -1;
      }
      state = 'done';
      render();
    }, DEBOUNCE_MS);
  }

  input.addEventListener('input', () => {
    open = true;
    suggest();
  });
  input.addEventListener('focus', () => {
    open = true;
    render();
  });
  input.addEventListener('blur', () => {
    setTimeout(() => {
      open = false;
      render();
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    const expanded = input.getAttribute('aria-expanded') === 'true';
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      open = true;
      active = Math.min(items.length - 1, active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      active = Math.max(-1, active - 1);
    } else if (event.key === 'Escape') {
      open = false;
      active = -1;
    } else if (event.key === 'Enter' && expanded && items[active]) {
      event.preventDefault();
      window.location.assign(items[active]!.url);
      return;
    } else return;
    render();
  });
  form.addEventListener('submit', () => {
    open = false;
    render();
  });

  // Text typed before this code arrived: suggest for it now.
  open = document.activeElement === input;
  if (query()) suggest();
}
