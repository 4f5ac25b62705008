import { z } from 'zod';
import type { RowCheck } from './validate';

/**
 * The preview of a batch a page at a time: a 1,000-row sheet whose rows all
 * need fixing would otherwise be one page of a thousand fix forms. The page
 * and the listing (all rows, or only those with problems) travel in the
 * address and in each form of the page, so a row saved on page 3 comes back
 * to page 3, without JavaScript.
 */

/** Rows shown per page of the preview (each bad row brings its fix form). */
export const PREVIEW_PAGE_SIZE = 50;

const previewSchema = z.object({
  page: z
    .string()
    .max(7)
    .regex(/^[1-9][0-9]{0,6}$/)
    .transform(Number)
    .catch(1),
  show: z.enum(['all', 'errors']).catch('all'),
});
export type PreviewPart = z.output<typeof previewSchema>;

/** The part asked for by a query or a posted form; anything else is the first page of all rows. */
export function previewPart(source: { get(name: string): unknown }): PreviewPart {
  const text = (name: string) => {
    const value = source.get(name);
    return typeof value === 'string' ? value : '';
  };
  return previewSchema.parse({ page: text('page'), show: text('show') });
}

/** The query of a batch's preview at `part` (page 1 and all rows are left out). */
export function previewQuery(batch: number, part: PreviewPart): URLSearchParams {
  const q = new URLSearchParams({ batch: String(batch) });
  if (part.page > 1) q.set('page', String(part.page));
  if (part.show === 'errors') q.set('show', 'errors');
  return q;
}

export interface PreviewPage {
  /** The part shown: the page asked for, kept within the pages there are. */
  part: PreviewPart;
  pages: number;
  /** The rows of that page, in the sheet's order. */
  shown: RowCheck[];
}

/** The rows of the part asked for. */
export function previewPage(checks: readonly RowCheck[], asked: PreviewPart): PreviewPage {
  const listing = asked.show === 'errors' ? checks.filter((c) => c.input === null) : checks;
  const pages = Math.max(1, Math.ceil(listing.length / PREVIEW_PAGE_SIZE));
  const page = Math.min(asked.page, pages);
  return { part: { ...asked, page }, pages, shown: listing.slice((page - 1) * PREVIEW_PAGE_SIZE, page * PREVIEW_PAGE_SIZE) };
}
