import type { ClientDirective } from 'astro';

/**
 * `client:focus` hydrates an island the first time a visitor reaches for it
 * (focus, pointer or touch), so pages that show it load no JavaScript until
 * then. The server-rendered HTML works on its own in the meantime.
 */
const focusDirective: ClientDirective = (load, _options, el) => {
  const events = ['focusin', 'pointerenter', 'touchstart'] as const;
  let started = false;
  const hydrate = async () => {
    if (started) return;
    started = true;
    for (const event of events) el.removeEventListener(event, hydrate);
    const run = await load();
    await run();
  };
  for (const event of events) el.addEventListener(event, hydrate, { passive: true });
};

export default focusDirective;
