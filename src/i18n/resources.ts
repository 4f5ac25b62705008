import enImport from '../../locales/en/import.json';
import zhImport from '../../locales/zh/import.json';
import enDesk from '../../locales/en/desk.json';
import zhDesk from '../../locales/zh/desk.json';
import enConsole from '../../locales/en/console.json';
import zhConsole from '../../locales/zh/console.json';
import enReview from '../../locales/en/review.json';
import zhReview from '../../locales/zh/review.json';
import enPortal from '../../locales/en/portal.json';
import zhPortal from '../../locales/zh/portal.json';
import enExporter from '../../locales/en/exporter.json';
import enProducts from '../../locales/en/products.json';
import enInbox from '../../locales/en/inbox.json';
import enOperator from '../../locales/en/operator.json';
import zhExporter from '../../locales/zh/exporter.json';
import zhProducts from '../../locales/zh/products.json';
import zhInbox from '../../locales/zh/inbox.json';
import zhOperator from '../../locales/zh/operator.json';
import enBuyer from '../../locales/en/buyer.json';
import zhBuyer from '../../locales/zh/buyer.json';
import enQuotes from '../../locales/en/quotes.json';
import zhQuotes from '../../locales/zh/quotes.json';
import enCatalog from '../../locales/en/catalog.json';
import enCommon from '../../locales/en/common.json';
import enContent from '../../locales/en/content.json';
import enInquiry from '../../locales/en/inquiry.json';
import enSearch from '../../locales/en/search.json';
import enTrade from '../../locales/en/trade.json';
import enProforma from '../../locales/en/proforma.json';
import zhProforma from '../../locales/zh/proforma.json';
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
  exporter: enExporter,
  products: enProducts,
  inbox: enInbox,
  operator: enOperator,
  buyer: enBuyer,
  quotes: enQuotes,
  proforma: enProforma,
  import: enImport,
  desk: enDesk,
  console: enConsole,
  review: enReview,
  portal: enPortal,
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
    exporter: zhExporter,
    products: zhProducts,
    inbox: zhInbox,
    operator: zhOperator,
    buyer: zhBuyer,
    quotes: zhQuotes,
    proforma: zhProforma,
    import: zhImport,
    desk: zhDesk,
    console: zhConsole,
    review: zhReview,
    portal: zhPortal,
  },
};

export const NAMESPACES = Object.keys(en) as Array<keyof Resources>;
