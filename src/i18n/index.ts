import i18next, { type TFunction } from 'i18next';
import { UI_LOCALES, type UiLocale } from './locales';
import { NAMESPACES, resources, type Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

export type T = TFunction<Array<keyof Resources>>;

const instances = new Map<UiLocale, T>();

/**
 * A translation function that looks each plain key up once: the texts are
 * fixed for the life of the process, and a page asks for the same labels on
 * every render (i18next resolves a key anew on every call). Calls with
 * options (counts, values, contexts) go to i18next every time.
 */
function remembered(t: T): T {
  const texts = new Map<string, string>();
  return new Proxy(t, {
    apply(target, self, args: unknown[]) {
      const key = args[0];
      if (args.length !== 1 || typeof key !== 'string') return Reflect.apply(target, self, args);
      let text = texts.get(key);
      if (text === undefined) {
        text = Reflect.apply(target, self, args) as string;
        // Keys are the locale files' own; the bound only guards against a key built from a visitor's input.
        if (texts.size < 10_000) texts.set(key, text);
      }
      return text;
    },
  });
}

/**
 * The translation function of a locale; created once, synchronously, from the bundled JSON. Urdu (the trader
 * portal's third language) reads a key its files do not have yet in English.
 */
export function getT(locale: UiLocale): T {
  let t = instances.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    const tag = UI_LOCALES[locale].intl;
    const fallback = locale === 'ur' ? UI_LOCALES.en.intl : null;
    void instance.init({
      lng: tag,
      fallbackLng: fallback ?? false,
      resources: fallback ? { [tag]: resources[locale], [fallback]: resources.en } : { [tag]: resources[locale] },
      ns: NAMESPACES,
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = remembered(instance.getFixedT(tag, NAMESPACES));
    instances.set(locale, t);
  }
  return t;
}

export { LOCALES, type Locale, UI_LOCALES, type UiLocale } from './locales';
export { PORTAL_NAMESPACES, type PortalNamespace } from './resources';
