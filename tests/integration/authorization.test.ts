/**
 * Every protected route and action of the exporter portal and the operator
 * console, tried by four callers against the built server: an anonymous
 * visitor, the exporter who owns the records, another exporter, and the
 * operator. Anonymous visitors are sent to sign in (APIs: 401); a signed-in
 * account of the wrong role gets the forbidden answer (APIs: 403); another
 * exporter's product, photo or inquiry — by id in the URL or in a form — is a
 * 404, and the database shows that nothing changed.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import { hashSecret } from '~/server/auth/auth.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import {
  BUILT,
  NOT_BUILT_NOTE,
  SALT,
  inquiryBody,
  killAllServers,
  launch,
  postInquiry,
  postgresInstallation,
  type Installation,
  type Server,
} from '../fixtures/server';
import { insertProforma } from '../fixtures/proforma-rows';

/** `translator`: an account of the translation desk, refused everywhere but the desk (unless a route says otherwise). */
type Caller = 'anonymous' | 'owner' | 'other' | 'operator' | 'translator';
/**
 * signIn: 303 to the sign-in page; unauthorized: 401; forbidden: 303 to the
 * forbidden page (API: 403); notFound: 404; allowed: anything else below 500;
 * notTried: allowed, but it would spoil the other checks (the owner closing
 * its inquiry or deleting its photo).
 */
type Outcome = 'signIn' | 'unauthorized' | 'forbidden' | 'notFound' | 'allowed' | 'notTried';

interface Ctx {
  productId: number;
  otherProductId: number;
  reference: string;
  uploadId: number;
  uploadKey: string;
  pendingSlug: string;
  /** A complete, valid editor form of the other exporter's own product. */
  otherProductForm: Array<[string, string]>;
}

interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: (c: Ctx) => string;
  body?: (c: Ctx) => Array<[string, string]>;
  multipart?: boolean;
  api?: boolean;
  expect: Record<Exclude<Caller, 'translator'>, Outcome> & { translator?: Outcome };
}

const exporterOnly = { anonymous: 'signIn', owner: 'allowed', other: 'allowed', operator: 'forbidden' } as const;
const ownedByOwner = { anonymous: 'signIn', owner: 'allowed', other: 'notFound', operator: 'forbidden' } as const;
const operatorOnly = { anonymous: 'signIn', owner: 'forbidden', other: 'forbidden', operator: 'allowed' } as const;
const deskOnly = { anonymous: 'signIn', owner: 'forbidden', other: 'forbidden', operator: 'allowed', translator: 'allowed' } as const;

const ROUTES: Record<string, Route> = {};
for (const l of ['en', 'zh']) {
  Object.assign(ROUTES, {
    // The exporter's own portal
    [`GET /${l}/exporter/`]: { method: 'GET', path: () => `/${l}/exporter/`, expect: exporterOnly },
    [`GET /${l}/exporter/profile/`]: { method: 'GET', path: () => `/${l}/exporter/profile/`, expect: exporterOnly },
    [`POST /${l}/exporter/profile/`]: { method: 'POST', path: () => `/${l}/exporter/profile/`, body: () => [['nameEn', '']], expect: exporterOnly },
    [`GET /${l}/exporter/products/`]: { method: 'GET', path: () => `/${l}/exporter/products/`, expect: exporterOnly },
    [`GET /${l}/exporter/products/new/`]: { method: 'GET', path: () => `/${l}/exporter/products/new/`, expect: exporterOnly },
    [`POST /${l}/exporter/products/new/`]: {
      method: 'POST',
      path: () => `/${l}/exporter/products/new/`,
      multipart: true,
      body: () => [['nameEn', '']],
      expect: exporterOnly,
    },
    [`GET /${l}/exporter/inquiries/`]: { method: 'GET', path: () => `/${l}/exporter/inquiries/?status=new`, expect: exporterOnly },
    [`GET /${l}/exporter/inquiries.csv`]: { method: 'GET', path: () => `/${l}/exporter/inquiries.csv`, expect: exporterOnly },
    // One exporter's records, by id or reference
    [`GET /${l}/exporter/products/{id}/`]: { method: 'GET', path: (c) => `/${l}/exporter/products/${c.productId}/`, expect: ownedByOwner },
    [`POST /${l}/exporter/products/{id}/`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/products/${c.productId}/`,
      multipart: true,
      body: () => [['nameEn', 'Taken over']],
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/products/{id}/status`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/products/${c.productId}/status`,
      body: () => [['status', 'draft']],
      expect: ownedByOwner,
    },
    [`GET /${l}/exporter/products/{id}/preview/`]: { method: 'GET', path: (c) => `/${l}/exporter/products/${c.productId}/preview/`, expect: ownedByOwner },
    [`GET /${l}/exporter/inquiries/{reference}/`]: { method: 'GET', path: (c) => `/${l}/exporter/inquiries/${c.reference}/`, expect: ownedByOwner },
    [`POST /${l}/exporter/inquiries/{reference}/ reply`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/`,
      body: () => [
        ['intent', 'reply'],
        ['body', ''],
      ],
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/inquiries/{reference}/ close`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/`,
      body: () => [
        ['intent', 'close'],
        ['confirm', ''],
      ],
      expect: { ...ownedByOwner, owner: 'notTried' },
    },
    // The proforma invoice of the owner's inquiry, its PDF and the confirmation of receipt
    [`GET /${l}/exporter/inquiries/{reference}/proforma/`]: {
      method: 'GET',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/proforma/`,
      expect: ownedByOwner,
    },
    [`GET /${l}/exporter/inquiries/{reference}/proforma.pdf`]: {
      method: 'GET',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/proforma.pdf`,
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/inquiries/{reference}/proforma/ confirm receipt`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/proforma/?_action=exporter.proformaReceipt`,
      body: (c) => [['reference', c.reference]],
      expect: { ...ownedByOwner, owner: 'notTried' },
    },
    // The same forms posted as Astro Actions (what the pages' forms do)
    [`POST /${l}/exporter/profile/ action`]: {
      method: 'POST',
      path: () => `/${l}/exporter/profile/?_action=exporter.profile`,
      body: () => [['nameEn', '']],
      expect: exporterOnly,
    },
    [`POST /${l}/exporter/products/ publish action`]: {
      method: 'POST',
      path: () => `/${l}/exporter/products/?_action=exporter.productStatus`,
      body: (c) => [
        ['id', String(c.productId)],
        ['status', 'draft'],
      ],
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/products/{id}/ publish action`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/products/${c.productId}/?_action=exporter.productStatus`,
      body: (c) => [
        ['id', String(c.productId)],
        ['status', 'draft'],
      ],
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/inquiries/{reference}/ reply action`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/?_action=exporter.inquiry`,
      body: () => [
        ['intent', 'reply'],
        ['body', ''],
      ],
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/inquiries/{reference}/ quote action`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/?_action=exporter.quote`,
      body: () => [
        ['intent', 'send'],
        ['formToken', 'authorization-check-0001'],
        ['lines.0.price', ''],
      ],
      expect: ownedByOwner,
    },
    [`POST /${l}/exporter/inquiries/{reference}/ close action`]: {
      method: 'POST',
      path: (c) => `/${l}/exporter/inquiries/${c.reference}/?_action=exporter.inquiry`,
      body: () => [['intent', 'close']],
      expect: { ...ownedByOwner, owner: 'notTried' },
    },
    // The operator console
    [`GET /${l}/operator/`]: { method: 'GET', path: () => `/${l}/operator/`, expect: operatorOnly },
    [`GET /${l}/operator/exporters/`]: { method: 'GET', path: () => `/${l}/operator/exporters/?status=pending`, expect: operatorOnly },
    [`GET /${l}/operator/trade/`]: { method: 'GET', path: () => `/${l}/operator/trade/`, expect: operatorOnly },
    [`GET /${l}/operator/exporters/{slug}/`]: { method: 'GET', path: (c) => `/${l}/operator/exporters/${c.pendingSlug}/`, expect: operatorOnly },
    [`POST /${l}/operator/exporters/{slug}/ verify`]: {
      method: 'POST',
      path: (c) => `/${l}/operator/exporters/${c.pendingSlug}/?_action=operator.verifyExporter`,
      body: (c) => [
        ['exporter', c.pendingSlug],
        ['kind', 'secp'],
        ['reference', ''],
        ['checkedOn', ''],
        ['validUntil', ''],
      ],
      expect: operatorOnly,
    },
    [`GET /${l}/operator/featured/`]: { method: 'GET', path: () => `/${l}/operator/featured/?q=salt`, expect: operatorOnly },
    [`POST /${l}/operator/featured/ feature`]: {
      method: 'POST',
      path: () => `/${l}/operator/featured/?_action=operator.featureProduct`,
      body: () => [['product', 'no-such-product']],
      expect: operatorOnly,
    },
    [`GET /${l}/operator/categories/`]: { method: 'GET', path: () => `/${l}/operator/categories/?edit=rice`, expect: operatorOnly },
    [`POST /${l}/operator/categories/ move`]: {
      method: 'POST',
      path: () => `/${l}/operator/categories/?_action=operator.moveCategory`,
      body: () => [
        ['slug', 'no-such-category'],
        ['direction', 'up'],
      ],
      expect: operatorOnly,
    },
    [`GET /${l}/operator/operators/`]: { method: 'GET', path: () => `/${l}/operator/operators/`, expect: operatorOnly },
    [`POST /${l}/operator/operators/ revoke`]: {
      method: 'POST',
      path: () => `/${l}/operator/operators/?_action=operator.revokeOperator`,
      body: () => [['user', 'no-such-account']],
      expect: operatorOnly,
    },
    [`GET /${l}/operator/translators/`]: { method: 'GET', path: () => `/${l}/operator/translators/`, expect: operatorOnly },
    [`POST /${l}/operator/translators/ grant`]: {
      method: 'POST',
      path: () => `/${l}/operator/translators/`,
      body: () => [
        ['email', 'not-an-address'],
        ['grant', 'grant'],
      ],
      expect: operatorOnly,
    },
    // The translation desk: translators and operators; an exporter's suggestions page: the exporter only
    [`GET /${l}/translator/`]: { method: 'GET', path: () => `/${l}/translator/?show=missing`, expect: deskOnly },
    [`GET /${l}/translator/ messages`]: { method: 'GET', path: () => `/${l}/translator/?show=messages`, expect: deskOnly },
    [`POST /${l}/translator/ message`]: {
      method: 'POST',
      path: () => `/${l}/translator/?show=messages`,
      body: () => [
        ['message', '999999999'],
        ['body', ''],
      ],
      expect: deskOnly,
    },
    [`GET /${l}/translator/fields/{product}/`]: { method: 'GET', path: (c) => `/${l}/translator/fields/product-${c.otherProductId}-name/`, expect: deskOnly },
    [`POST /${l}/translator/fields/{product}/`]: {
      method: 'POST',
      path: (c) => `/${l}/translator/fields/product-${c.otherProductId}-name/`,
      body: () => [['body', '']],
      expect: deskOnly,
    },
    [`GET /${l}/exporter/translations/`]: { method: 'GET', path: () => `/${l}/exporter/translations/`, expect: exporterOnly },
    [`POST /${l}/exporter/translations/ decide`]: {
      method: 'POST',
      path: () => `/${l}/exporter/translations/`,
      body: () => [
        ['suggestion', 'x'],
        ['decision', 'accept'],
      ],
      expect: exporterOnly,
    },
    [`POST /${l}/exporter/translations/ ask for a message`]: {
      method: 'POST',
      path: () => `/${l}/exporter/translations/`,
      body: () => [
        ['intent', 'message'],
        ['message', '999999999'],
        ['reference', 'PP-NONE'],
      ],
      expect: { ...exporterOnly, owner: 'notFound', other: 'notFound' },
    },
    [`GET /${l}/operator/rates/`]: { method: 'GET', path: () => `/${l}/operator/rates/`, expect: operatorOnly },
    [`POST /${l}/operator/rates/ save`]: {
      method: 'POST',
      path: () => `/${l}/operator/rates/?_action=operator.saveRates`,
      body: () => [
        ['cny', 'seven'],
        ['pkr', ''],
      ],
      expect: operatorOnly,
    },
    [`GET /${l}/operator/inquiries/`]: { method: 'GET', path: () => `/${l}/operator/inquiries/?view=unanswered`, expect: operatorOnly },
    [`GET /${l}/operator/mail/`]: { method: 'GET', path: () => `/${l}/operator/mail/`, expect: operatorOnly },
    [`POST /${l}/operator/mail/ resend`]: {
      method: 'POST',
      path: () => `/${l}/operator/mail/?_action=operator.resendMail`,
      body: () => [['job', '999999999']],
      expect: operatorOnly,
    },
  } satisfies Record<string, Route>);
}
/**
 * The operator's actions called directly (`/_actions/operator.…`, as an island
 * would), with bodies that would change something: signed out is 401, an
 * exporter 403, and the snapshot shows nothing changed; the operator's go through.
 */
const operatorAction = { anonymous: 'unauthorized', owner: 'forbidden', other: 'forbidden', operator: 'allowed' } as const;
const day = (years: number) => `${new Date().getUTCFullYear() + years}${new Date().toISOString().slice(4, 10)}`;
const ACTIONS: Record<string, (c: Ctx) => Array<[string, string]>> = {
  verifyExporter: (c) => [
    ['exporter', c.pendingSlug],
    ['kind', 'secp'],
    ['reference', 'SECP-AUTHZ-0001'],
    ['checkedOn', day(0)],
    ['validUntil', day(1)],
  ],
  suspendExporter: (c) => [['exporter', c.pendingSlug]],
  reinstateExporter: (c) => [['exporter', c.pendingSlug]],
  featureProduct: () => [['product', SALT]],
  unfeatureProduct: () => [['product', SALT]],
  createCategory: () => [
    ['slug', 'authz-tea'],
    ['nameEn', 'Tea'],
    ['nameZh', '茶叶'],
    ['hsChapters', '09'],
  ],
  updateCategory: () => [
    ['slug', 'authz-tea'],
    ['nameEn', 'Green Tea'],
    ['nameZh', '绿茶'],
    ['hsChapters', '09'],
  ],
  moveCategory: () => [
    ['slug', 'authz-tea'],
    ['direction', 'up'],
  ],
  saveRates: () => [
    ['cny', '7.05'],
    ['pkr', '281'],
  ],
  resendMail: () => [['job', '999999999']],
  inviteOperator: () => [
    ['name', 'Authz Invitee'],
    ['email', 'authz-invitee@pavilion.example'],
    ['locale', 'zh'],
  ],
  revokeOperator: () => [['user', 'no-such-account']],
};
for (const [name, body] of Object.entries(ACTIONS)) {
  ROUTES[`POST /_actions/operator.${name}`] = { method: 'POST', path: () => `/_actions/operator.${name}`, body, expect: operatorAction };
}

Object.assign(ROUTES, {
  'GET /api/translator/terms': {
    method: 'GET',
    api: true,
    path: () => '/api/translator/terms?q=basmati%20rice',
    expect: { anonymous: 'unauthorized', owner: 'forbidden', other: 'forbidden', operator: 'allowed', translator: 'allowed' },
  },
  'GET /api/exporter/terms': {
    method: 'GET',
    api: true,
    path: () => '/api/exporter/terms?q=basmati%20rice',
    expect: { anonymous: 'unauthorized', owner: 'allowed', other: 'allowed', operator: 'forbidden' },
  },
  'POST /api/exporter/uploads': {
    method: 'POST',
    api: true,
    path: () => '/api/exporter/uploads?locale=en',
    body: () => [],
    expect: { anonymous: 'unauthorized', owner: 'allowed', other: 'allowed', operator: 'forbidden' },
  },
  'DELETE /api/exporter/uploads/{upload}': {
    method: 'DELETE',
    api: true,
    path: (c) => `/api/exporter/uploads/${c.uploadId}`,
    expect: { anonymous: 'unauthorized', owner: 'notTried', other: 'notFound', operator: 'forbidden' },
  },
  // The exporter's actions called directly (`/_actions/…`, as a script would): the same checks, as API answers.
  'POST /_actions/exporter.productStatus': {
    method: 'POST',
    api: true,
    path: () => '/_actions/exporter.productStatus',
    body: (c) => [
      ['id', String(c.productId)],
      ['status', 'draft'],
    ],
    expect: { anonymous: 'unauthorized', owner: 'allowed', other: 'notFound', operator: 'forbidden' },
  },
  'POST /_actions/exporter.quote send': {
    method: 'POST',
    api: true,
    path: () => '/_actions/exporter.quote',
    body: (c) => [
      ['intent', 'send'],
      ['formToken', 'authorization-check-0002'],
      ['reference', c.reference],
    ],
    expect: { anonymous: 'unauthorized', owner: 'allowed', other: 'notFound', operator: 'forbidden' },
  },
  'POST /_actions/exporter.proformaReceipt': {
    method: 'POST',
    api: true,
    path: () => '/_actions/exporter.proformaReceipt',
    body: (c) => [['reference', c.reference]],
    expect: { anonymous: 'unauthorized', owner: 'notTried', other: 'notFound', operator: 'forbidden' },
  },
  'POST /_actions/exporter.inquiry close': {
    method: 'POST',
    api: true,
    path: () => '/_actions/exporter.inquiry',
    body: (c) => [
      ['intent', 'close'],
      ['reference', c.reference],
    ],
    expect: { anonymous: 'unauthorized', owner: 'notTried', other: 'notFound', operator: 'forbidden' },
  },
  // A photo of another exporter named in the form of one's own product.
  'POST /en/exporter/products/{own id}/ with another exporter’s photo': {
    method: 'POST',
    path: (c) => `/en/exporter/products/${c.otherProductId}/`,
    multipart: true,
    body: (c) => [
      ...c.otherProductForm.filter(([name]) => !name.startsWith('image-')),
      ['image-0-key', c.uploadKey],
      ['image-0-alt-en', 'salt'],
      ['image-0-alt-zh', '盐'],
    ],
    expect: { anonymous: 'signIn', owner: 'notTried', other: 'notFound', operator: 'forbidden' },
  },
} satisfies Record<string, Route>);

const [owner, other] = DEMO_ACCOUNTS.filter((a) => a.role === 'exporter') as [(typeof DEMO_ACCOUNTS)[number], (typeof DEMO_ACCOUNTS)[number]];
const operator = DEMO_ACCOUNTS.find((a) => a.role === 'operator')!;

/** The values a browser would post from the first form on a page that has a `nameEn` field. */
function formValues(html: string): Array<[string, string]> {
  const start = html.lastIndexOf('<form', html.indexOf('name="nameEn"'));
  const form = html.slice(start, html.indexOf('</form>', start));
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const out: Array<[string, string]> = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || type === 'file' || type === 'submit') continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag)) continue;
    out.push([name, decode(attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''))]);
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(m[1]!, 'name');
    if (name) out.push([name, decode(m[2]!)]);
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(m[1]!, 'name');
    const selected = /<option\b[^>]*\svalue="([^"]*)"[^>]*\sselected\b/.exec(m[2]!) ?? /<option\b[^>]*\sselected\b[^>]*\svalue="([^"]*)"/.exec(m[2]!);
    if (name) out.push([name, decode(selected?.[1] ?? /<option\b[^>]*\svalue="([^"]*)"/.exec(m[2]!)?.[1] ?? '')]);
  }
  return out;
}

describe.skipIf(!BUILT)('authorization of every protected route', () => {
  let install: Installation;
  let server: Server;
  const cookies: Partial<Record<Caller, string>> = { anonymous: '' };
  const ctx = {} as Ctx;
  const results: string[] = [];

  const send = async (
    caller: Caller,
    method: string,
    path: string,
    body?: Array<[string, string]>,
    multipart = false,
    extraHeaders: Record<string, string> = {},
  ) => {
    const headers: Record<string, string> = { Origin: server.origin, ...extraHeaders };
    if (cookies[caller]) headers.Cookie = cookies[caller]!;
    let payload: BodyInit | null = null;
    if (body && multipart) {
      const form = new FormData();
      for (const [k, v] of body) form.append(k, v);
      payload = form;
    } else if (body) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body).toString();
    }
    return fetch(`${server.origin}${path}`, { method, headers, body: payload, redirect: 'manual' });
  };

  async function signIn(email: string, password: string): Promise<string> {
    const res = await fetch(`${server.origin}/en/exporter/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }).toString(),
      redirect: 'manual',
    });
    expect(res.status, `sign in ${email}`).toBe(303);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }

  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);
  /** What a forbidden or 404 attempt must leave as it was. */
  const snapshot = () =>
    db(async (d) => ({
      product: (
        await d
          .select({ name: t.products.nameEn, status: t.products.status, images: t.products.images, updatedAt: t.products.updatedAt })
          .from(t.products)
          .where(eq(t.products.id, ctx.productId))
      )[0],
      otherProduct: (
        await d.select({ images: t.products.images, updatedAt: t.products.updatedAt }).from(t.products).where(eq(t.products.id, ctx.otherProductId))
      )[0],
      inquiry: (
        await d
          .select({ status: t.inquiries.status, readAt: t.inquiries.readAt, closedAt: t.inquiries.closedAt })
          .from(t.inquiries)
          .where(eq(t.inquiries.reference, ctx.reference))
      )[0],
      messages: (await d.select().from(t.inquiryMessages)).length,
      upload: (await d.select().from(t.uploads).where(eq(t.uploads.id, ctx.uploadId))).length,
      pending: (await d.select({ status: t.exporters.status }).from(t.exporters).where(eq(t.exporters.slug, ctx.pendingSlug)))[0],
      rates: await d.select().from(t.exchangeRates),
      featured: (await d.select({ slug: t.products.slug }).from(t.products).where(eq(t.products.featured, true))).map((r) => r.slug).sort(),
      checks: (await d.select().from(t.verificationChecks)).length,
      categories: await d
        .select({ slug: t.categories.slug, nameEn: t.categories.nameEn, position: t.categories.position })
        .from(t.categories)
        .orderBy(t.categories.slug),
      operators: (await d.select({ email: t.users.email }).from(t.users).where(eq(t.users.role, 'operator'))).map((u) => u.email).sort(),
      outbox: (await d.select({ id: t.outboxJobs.id }).from(t.outboxJobs)).length,
      quotes: (await d.select({ id: t.quotes.id }).from(t.quotes)).length,
      proformas: await d.select().from(t.proformas),
    }));

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_authz');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000' }, { waitForSearch: false });
    cookies.owner = await signIn(owner.email, owner.password);
    cookies.other = await signIn(other.email, other.password);
    cookies.operator = await signIn(operator.email, operator.password);
    await db(async (d) => {
      const id = randomUUID();
      await d.insert(t.users).values({ id, name: 'Desk', email: 'authz-translator@pavilion.example', emailVerified: true, role: 'translator' });
      await d
        .insert(t.accounts)
        .values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await hashSecret('translator-authz-2026') });
    });
    cookies.translator = await signIn('authz-translator@pavilion.example', 'translator-authz-2026');

    const posted = await postInquiry(server.origin, `authz-${Date.now()}`, inquiryBody('authz', 0));
    expect(posted.status).toBe(201);
    ctx.reference = posted.references[posted.exporters.indexOf(owner.exporter!)]!;
    await db((d) => insertProforma(d, ctx.reference));

    await db(async (d) => {
      const [product] = await d.select({ id: t.products.id }).from(t.products).where(eq(t.products.slug, SALT));
      ctx.productId = product!.id;
      const [exporter] = await d.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, other.exporter!));
      const [own] = await d.select({ id: t.products.id }).from(t.products).where(eq(t.products.exporterId, exporter!.id)).limit(1);
      ctx.otherProductId = own!.id;
      const [pending] = await d.select({ slug: t.exporters.slug }).from(t.exporters).where(eq(t.exporters.status, 'pending')).limit(1);
      ctx.pendingSlug = pending!.slug;
    });

    // The owner uploads a photo: its id and key are what the others try to use.
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c97b63' } })
      .jpeg()
      .toBuffer();
    const uploaded = await fetch(`${server.origin}/api/exporter/uploads?locale=en`, {
      method: 'POST',
      headers: { Origin: server.origin, Cookie: cookies.owner!, 'Content-Type': 'image/jpeg' },
      body: new Uint8Array(photo),
    });
    expect(uploaded.status).toBe(201);
    const json = (await uploaded.json()) as { id: number; key: string };
    ctx.uploadId = json.id;
    ctx.uploadKey = json.key;

    const editor = await send('other', 'GET', `/en/exporter/products/${ctx.otherProductId}/`);
    expect(editor.status).toBe(200);
    ctx.otherProductForm = formValues(await editor.text());
    expect(ctx.otherProductForm.find(([n]) => n === 'nameEn')?.[1]).toBeTruthy();
  });

  afterAll(async () => {
    if (results.length) {
      const by = (outcome: string) => results.filter((r) => r.includes(outcome)).length;
      console.log(
        `authorization: ${results.length} route × caller checks over ${Object.keys(ROUTES).length} routes — ${by('/exporter/sign-in/')} sent to sign in, ${by(' → 401')} 401, ${by('/exporter/forbidden/') + by(' → 403')} forbidden, ${by(' → 404')} not found`,
      );
    }
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  async function check(name: string, route: Route, caller: Caller) {
    const expected = route.expect[caller] ?? 'forbidden';
    if (expected === 'notTried') return;
    const res = await send(
      caller,
      route.method,
      route.path(ctx),
      route.body?.(ctx),
      route.multipart,
      route.api && route.method === 'POST' && !route.body?.(ctx).length ? { 'Content-Type': 'image/jpeg' } : {},
    );
    const location = res.headers.get('location') ?? '';
    await res.body?.cancel();
    const seen =
      res.status === 303 && location.includes('/exporter/sign-in/')
        ? 'signIn'
        : res.status === 401
          ? 'unauthorized'
          : (res.status === 303 && location.includes('/exporter/forbidden/')) || res.status === 403
            ? 'forbidden'
            : res.status === 404
              ? 'notFound'
              : res.status < 500
                ? 'allowed'
                : `error ${res.status}`;
    results.push(`${caller.padEnd(9)} ${name} → ${res.status}${location ? ` ${location}` : ''}`);
    expect(seen, `${caller}: ${route.method} ${route.path(ctx)} (${res.status} ${location})`).toBe(expected);
  }

  it('turns away anonymous visitors, the wrong role and other exporters, and nothing changes', async () => {
    const before = await snapshot();
    for (const caller of ['anonymous', 'other', 'operator', 'translator'] as const) {
      for (const [name, route] of Object.entries(ROUTES)) {
        // Operator routes as the operator come last: they are allowed to change things.
        if (caller === 'operator' && route.expect.operator === 'allowed') continue;
        if (caller === 'translator' && route.expect.translator === 'allowed') continue;
        await check(name, route, caller);
      }
    }
    for (const [name, route] of Object.entries(ROUTES)) if (route.expect.owner !== 'allowed') await check(name, route, 'owner');
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.inquiry!.readAt).toBeNull();
    expect(after.upload).toBe(1);
  });

  it('lets each account do what its role allows', async () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      await check(name, route, 'owner');
      await check(name, route, 'operator');
      await check(name, route, 'translator');
    }
    // Opening the inquiry as its exporter marks it read.
    const after = await snapshot();
    expect(after.inquiry!.readAt).not.toBeNull();
  });

  it("answers the operator's actions called directly: done for the operator, refused with a reason for anyone else", async () => {
    const rates = () => db((d) => d.select({ currency: t.exchangeRates.currency, perUsd: t.exchangeRates.perUsd }).from(t.exchangeRates));
    const saved = await send('operator', 'POST', '/_actions/operator.saveRates', [
      ['cny', '7.3'],
      ['pkr', '282.5'],
    ]);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('cache-control')).toBe('private, no-store');
    await saved.body?.cancel();
    expect((await rates()).map((r) => [r.currency, Number(r.perUsd)]).sort()).toEqual([
      ['CNY', 7.3],
      ['PKR', 282.5],
    ]);

    const typo = await send('operator', 'POST', '/_actions/operator.saveRates', [
      ['cny', '73'],
      ['pkr', ''],
    ]);
    expect(typo.status).toBe(400);
    expect(((await typo.json()) as { fields: unknown }).fields).toEqual({ cny: ['cnyRange'], pkr: ['required'] });

    for (const [caller, status, code] of [
      ['anonymous', 401, 'UNAUTHORIZED'],
      ['owner', 403, 'FORBIDDEN'],
    ] as const) {
      const refused = await send(caller, 'POST', '/_actions/operator.saveRates', [
        ['cny', '7.9'],
        ['pkr', '290'],
      ]);
      expect(refused.status, caller).toBe(status);
      expect(refused.headers.get('cache-control'), caller).toBe('private, no-store');
      expect(await refused.json(), caller).toMatchObject({ code });
    }
    expect((await rates()).map((r) => Number(r.perUsd)).sort((a, b) => a - b)).toEqual([7.3, 282.5]);
  });
});

if (!BUILT) console.warn(NOT_BUILT_NOTE);
