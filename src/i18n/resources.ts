import enCatalog from '../../locales/en/catalog.json';
import enCommon from '../../locales/en/common.json';
import enContent from '../../locales/en/content.json';
import enInquiry from '../../locales/en/inquiry.json';
import enSearch from '../../locales/en/search.json';
import enTrade from '../../locales/en/trade.json';
import zhCatalog from '../../locales/zh/catalog.json';
import zhCommon from '../../locales/zh/common.json';
import zhContent from '../../locales/zh/content.json';
import zhInquiry from '../../locales/zh/inquiry.json';
import zhSearch from '../../locales/zh/search.json';
import zhTrade from '../../locales/zh/trade.json';

/** English is the reference: its shape types every key, and the Chinese files must match it. */
export const en = { common: enCommon, catalog: enCatalog, trade: enTrade, search: enSearch, inquiry: enInquiry, content: enContent };
export type Resources = typeof en;

export const resources: Record<'en' | 'zh', Resources> = {
  en,
  zh: { common: zhCommon, catalog: zhCatalog, trade: zhTrade, search: zhSearch, inquiry: zhInquiry, content: zhContent },
};

export const NAMESPACES = Object.keys(en) as Array<keyof Resources>;
