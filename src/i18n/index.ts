import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from './locales';
import { NAMESPACES, resources, type Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

export type T = TFunction<Array<keyof Resources>>;

const instances = new Map<Locale, T>();

/** The translation function of a locale; created once, synchronously, from the bundled JSON. */
export function getT(locale: Locale): T {
  let t = instances.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: LOCALES[locale].intl,
      fallbackLng: false,
      resources: { [LOCALES[locale].intl]: resources[locale] },
      ns: NAMESPACES,
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.getFixedT(LOCALES[locale].intl, NAMESPACES);
    instances.set(locale, t);
  }
  return t;
}

export { LOCALES, type Locale } from './locales';
