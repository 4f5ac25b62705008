import { buyerActions } from '~/features/buyer/actions.server';
import { exporterActions } from '~/features/exporter/actions.server';
import { inquiryActions } from '~/features/inquiry/actions.server';
import { operatorActions } from '~/features/operator/actions.server';
import { spreadsheetActions } from '~/features/spreadsheet/actions.server';
import { buyerQuoteActions, exporterQuoteActions } from '~/features/quotes/actions.server';
import { proformaBuyerActions, proformaExporterActions } from '~/features/proforma/actions.server';

/**
 * Every form of the site is an Astro Action, defined in its feature's
 * `actions.server.ts`: `actions.inquiry`, `actions.exporter.signIn`,
 * `actions.operator.verify`… Each works as a plain form post (no JavaScript)
 * and from an island.
 */
export const server = {
  ...inquiryActions,
  ...buyerQuoteActions,
  ...proformaBuyerActions,
  exporter: { ...exporterActions, ...exporterQuoteActions, ...proformaExporterActions, ...spreadsheetActions },
  operator: operatorActions,
  buyer: buyerActions,
};
