import type { APIContext } from 'astro';
import { requireExporter, requireTranslator } from '~/server/auth/guard.server';
import { json } from '~/server/http.server';
import { getDb } from '~/runtime.server';
import { termQuery } from './schema';
import { suggestTerms } from './terms';
import { termBase } from './terms.server';

/**
 * `GET /api/{translator|exporter}/terms?q=…`: the term base's Chinese for the terms of `q` (a source text,
 * or a word being typed), for the translator's and the exporter's Chinese fields. 400 for a query over 200
 * characters.
 */
export async function answerTerms(context: APIContext, who: 'translator' | 'exporter'): Promise<Response> {
  const gate = who === 'translator' ? await requireTranslator(context) : await requireExporter(context);
  if (gate instanceof Response) return gate;
  const q = termQuery.safeParse(context.url.searchParams.get('q') ?? '');
  if (!q.success) return json({ error: context.locals.t('desk:errors.tooLong') }, { status: 400, headers: { 'Cache-Control': 'private, no-store' } });
  const terms = suggestTerms(await termBase(await getDb()), q.data);
  return json({ terms }, { headers: { 'Cache-Control': 'private, no-store' } });
}
