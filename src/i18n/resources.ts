import enPortal from '../../locales/en/portal.json';
import enListing from '../../locales/en/listing.json';
import enInbox from '../../locales/en/inbox.json';
import enConsole from '../../locales/en/console.json';
import zhPortal from '../../locales/zh/portal.json';
import zhListing from '../../locales/zh/listing.json';
import zhInbox from '../../locales/zh/inbox.json';
import zhConsole from '../../locales/zh/console.json';
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
export const en = {
  common: enCommon,
  catalog: enCatalog,
  trade: enTrade,
  search: enSearch,
  inquiry: enInquiry,
  content: enContent,
  portal: enPortal,
  listing: enListing,
  inbox: enInbox,
  console: enConsole,
};
export type Resources = typeof en;

export const resources: Record<'en' | 'zh', Resources> = {
  en,
  zh: {
    common: zhCommon,
    catalog: zhCatalog,
    trade: zhTrade,
    search: zhSearch,
    inquiry: zhInquiry,
    content: zhContent,
    portal: zhPortal,
    listing: zhListing,
    inbox: zhInbox,
    console: zhConsole,
  },
};

export const NAMESPACES = Object.keys(en) as Array<keyof Resources>;
