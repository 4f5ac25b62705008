/**
 * `npm run operator:create -- EMAIL [--name "Full Name"] [--locale en|zh]`:
 * makes EMAIL an operator of the configured database (DATABASE_URL, or the
 * embedded PostgreSQL of DATA_DIR — the running pavilion's server when it
 * runs, since it holds the folder) and prints a one-time link to set the
 * password. An existing account is promoted; running it again for an
 * operator issues a fresh link. The link uses SITE_URL (default
 * http://HOST:PORT), like the pavilion's mail.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { issueOperator, OPERATOR_LINK_HOURS } from '../src/features/operator/operators.server';
import { openDatabase } from '../src/server/db/client.server';
import { runningServerUrl } from '../src/server/db/embedded.server';

const usage = 'Usage: npm run operator:create -- EMAIL [--name "Full Name"] [--locale en|zh]';
const args = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email())
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().max(80).optional(),
  locale: z.enum(['en', 'zh']).optional(),
});

let input: z.output<typeof args>;
try {
  const { values, positionals } = parseArgs({ options: { name: { type: 'string' }, locale: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error(usage);
  input = args.parse({ email: positionals[0], name: values.name, locale: values.locale });
} catch (error) {
  console.error(error instanceof z.ZodError ? `${z.prettifyError(error)}\n${usage}` : (error as Error).message);
  process.exit(2);
}

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const siteUrl = (process.env.SITE_URL ?? `http://${process.env.HOST ?? 'localhost'}:${process.env.PORT ?? '4321'}`).replace(/\/+$/, '');
// The running pavilion holds the embedded folder: go through its server rather than starting a second one.
const url = process.env.DATABASE_URL || runningServerUrl(dataDir) || undefined;
const database = await openDatabase({ url, dataDir, poolSize: 2 });
try {
  await database.migrate();
  const issued = await issueOperator(database.db, input, siteUrl);
  const what = { created: 'Created the operator', promoted: 'Made an operator of', renewed: 'Issued a new link for the operator' }[issued.outcome];
  console.log(`${what} ${input.email}.`);
  console.log(`Set the password within ${OPERATOR_LINK_HOURS} hours, once, at:`);
  console.log(issued.link);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
