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
import urCommon from '../../locales/ur/common.json';
import urExporter from '../../locales/ur/exporter.json';
import urProducts from '../../locales/ur/products.json';
import urInbox from '../../locales/ur/inbox.json';
import urQuotes from '../../locales/ur/quotes.json';
import urProforma from '../../locales/ur/proforma.json';
import urTrade from '../../locales/ur/trade.json';
import urInquiry from '../../locales/ur/inquiry.json';
import urCatalog from '../../locales/ur/catalog.json';
import urImport from '../../locales/ur/import.json';
import urDesk from '../../locales/ur/desk.json';
import urPortal from '../../locales/ur/portal.json';
import urReview from '../../locales/ur/review.json';
import urConsole from '../../locales/ur/console.json';

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

/**
 * The namespaces of the trader portal (the exporter's pages and the mail traders receive): these exist in Urdu
 * with exactly the keys of English (tests/unit/ur-parity.test.ts). Every other namespace is read in English on an
 * Urdu page (buyer-facing texts never are shown there).
 */
export const PORTAL_NAMESPACES = [
  'common',
  'exporter',
  'products',
  'inbox',
  'quotes',
  'proforma',
  'trade',
  'inquiry',
  'catalog',
  'import',
  'desk',
  'portal',
  'review',
] as const satisfies ReadonlyArray<keyof Resources>;
export type PortalNamespace = (typeof PORTAL_NAMESPACES)[number];

/** Urdu files still being filled in: an empty or partly written file falls back to English key by key (see getT). */
const ur: Resources = {
  ...en,
  common: urCommon,
  exporter: urExporter,
  products: urProducts,
  inbox: urInbox,
  quotes: urQuotes,
  proforma: urProforma,
  trade: urTrade,
  inquiry: urInquiry,
  catalog: urCatalog,
  import: urImport,
  desk: urDesk,
  portal: urPortal,
  review: urReview,
  console: urConsole,
};

export const resources: Record<'en' | 'zh' | 'ur', Resources> = {
  ur,
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
