import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, timestamp, unique, uniqueIndex, date } from 'drizzle-orm/pg-core';

/** A pair of texts; `zh` may be empty while the exporter has not written it yet. */
export type Bilingual = { en: string; zh: string };

export const categories = pgTable('categories', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  descriptionZh: text('description_zh').notNull().default(''),
  gaccRequired: boolean('gacc_required').notNull().default(false),
  motif: text('motif').notNull().default(''),
  position: integer('position').notNull().default(0),
  /** Two-digit HS chapters (e.g. "25") the category covers. */
  hsChapters: jsonb('hs_chapters').$type<string[]>().notNull().default([]),
  /**
   * When the operator last changed the category in the console; null while it
   * is exactly as the reference data made it. Reference updates never overwrite
   * a category the operator has edited.
   */
  editedAt: timestamp('edited_at', { withTimezone: true }),
});

export const exporters = pgTable(
  'exporters',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull().default(''),
    taglineEn: text('tagline_en').notNull().default(''),
    taglineZh: text('tagline_zh').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionZh: text('description_zh').notNull().default(''),
    city: text('city').notNull(),
    province: text('province').notNull(),
    yearFounded: integer('year_founded'),
    employees: integer('employees'),
    website: text('website'),
    /** Where inquiries for this exporter are sent. */
    email: text('email').notNull().default(''),
    gaccNumber: text('gacc_number'),
    markets: jsonb('markets').$type<Bilingual[]>().notNull().default([]),
    /** pending: waiting for the operator; verified: public; suspended: hidden again. */
    status: text('status', { enum: ['pending', 'verified', 'suspended'] })
      .notNull()
      .default('pending'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    /**
     * Where the operator's review of a pending exporter stands: `submitted` (waiting), `more-info` (the
     * operator asked for more, `reviewNote` says what), `rejected` (with `reviewNote` as the reason).
     */
    reviewState: text('review_state', { enum: ['submitted', 'more-info', 'rejected'] })
      .notNull()
      .default('submitted'),
    reviewNote: text('review_note').notNull().default(''),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    featured: boolean('featured').notNull().default(false),
    logoKey: text('logo_key'),
    /**
     * Where a buyer pays this exporter, printed on its proforma invoices. Null until the exporter has
     * filled it in; a proforma is still issued, saying the instructions follow from the exporter.
     */
    paymentInstructions: jsonb('payment_instructions').$type<PaymentInstructions>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('exporters_status_idx').on(t.status), index('exporters_province_idx').on(t.province)],
);

/**
 * An exporter's bank details for a buyer's transfer. `raast` (an IBAN or alias of Pakistan's domestic
 * instant-payment system) is only ever offered for payments in PKR, such as samples.
 */
export type PaymentInstructions = {
  beneficiary: string;
  bank: string;
  bankAddress: string;
  swift: string;
  iban: string;
  /** Currency of the account: USD, CNY or PKR. */
  currency: string;
  raast: string;
};

/** One check the pavilion made before vouching for an exporter: the provenance behind the badge. */
export const verificationChecks = pgTable(
  'verification_checks',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    reference: text('reference').notNull(),
    checkedOn: date('checked_on').notNull(),
    validUntil: date('valid_until').notNull(),
  },
  (t) => [index('verification_checks_exporter_idx').on(t.exporterId)],
);

export const certificates = pgTable(
  'certificates',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    issuer: text('issuer').notNull(),
    number: text('number').notNull(),
    validUntil: date('valid_until').notNull(),
  },
  (t) => [index('certificates_exporter_idx').on(t.exporterId)],
);

export type ProductSpec = { label: Bilingual; value: Bilingual };
export type ProductImage = { key: string; altEn: string; altZh: string };

export const products = pgTable(
  'products',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    summaryZh: text('summary_zh').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionZh: text('description_zh').notNull().default(''),
    keywordsEn: text('keywords_en').notNull().default(''),
    keywordsZh: text('keywords_zh').notNull().default(''),
    specs: jsonb('specs').$type<ProductSpec[]>().notNull().default([]),
    moq: integer('moq').notNull(),
    unit: text('unit').notNull(),
    /** Lowest and highest ladder price in US cents; null when the price is on request. */
    priceMinUsdCents: integer('price_min_usd_cents'),
    priceMaxUsdCents: integer('price_max_usd_cents'),
    incoterms: jsonb('incoterms').$type<string[]>().notNull().default([]),
    hsCode: text('hs_code').notNull(),
    leadTimeMinDays: integer('lead_time_min_days').notNull(),
    leadTimeMaxDays: integer('lead_time_max_days').notNull(),
    supplyQuantity: integer('supply_quantity').notNull(),
    supplyUnit: text('supply_unit').notNull(),
    supplyPeriod: text('supply_period').notNull(),
    samplePolicy: text('sample_policy').notNull(),
    sampleNoteEn: text('sample_note_en').notNull().default(''),
    sampleNoteZh: text('sample_note_zh').notNull().default(''),
    originCity: text('origin_city').notNull(),
    originProvince: text('origin_province').notNull(),
    certifications: jsonb('certifications').$type<string[]>().notNull().default([]),
    images: jsonb('images').$type<ProductImage[]>().notNull().default([]),
    status: text('status', { enum: ['draft', 'published', 'archived'] })
      .notNull()
      .default('draft'),
    featured: boolean('featured').notNull().default(false),
    /** The exporter's own stock-keeping code: the key of spreadsheet imports and photo zips. Unique per exporter. */
    sku: text('sku'),
    /** The form token of the editor submission that created it: a second submission of the same form creates nothing. */
    createKey: text('create_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_exporter_sku_idx').on(t.exporterId, t.sku),
    uniqueIndex('products_exporter_create_key_idx').on(t.exporterId, t.createKey),
    index('products_category_idx').on(t.categoryId, t.status),
    index('products_exporter_idx').on(t.exporterId),
    index('products_province_idx').on(t.originProvince),
    index('products_updated_idx').on(t.updatedAt),
  ],
);

export const priceTiers = pgTable(
  'price_tiers',
  {
    id: serial('id').primaryKey(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    minQuantity: integer('min_quantity').notNull(),
    priceUsdCents: integer('price_usd_cents').notNull(),
  },
  (t) => [uniqueIndex('price_tiers_product_qty_idx').on(t.productId, t.minQuantity)],
);

/** Units of a currency per US dollar, kept by the operator. */
export const exchangeRates = pgTable('exchange_rates', {
  currency: text('currency').primaryKey(),
  perUsd: numeric('per_usd', { precision: 18, scale: 6 }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Small key/value facts about the installation, e.g. which seed version was applied. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/** One submission of the inquiry form or API: the buyer, and the key that makes retries safe. */
export const inquirySubmissions = pgTable(
  'inquiry_submissions',
  {
    id: serial('id').primaryKey(),
    /** Chosen by the caller (form token or `Idempotency-Key`); unique only together with `caller`. */
    idempotencyKey: text('idempotency_key').notNull(),
    /**
     * Who sent it, as far as a key's scope goes: a hash of the buyer's normalised e-mail. Another caller
     * reusing a key gets an inquiry of its own, never this one's references. '' for submissions stored
     * before keys were scoped.
     */
    caller: text('caller').notNull().default(''),
    /** SHA-256 of the validated request: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    locale: text('locale').notNull(),
    buyerName: text('buyer_name').notNull(),
    buyerCompany: text('buyer_company').notNull(),
    buyerEmail: text('buyer_email').notNull(),
    buyerPhone: text('buyer_phone').notNull(),
    buyerWechat: text('buyer_wechat').notNull().default(''),
    buyerProvince: text('buyer_province').notNull().default(''),
    buyerCity: text('buyer_city').notNull().default(''),
    destinationPort: text('destination_port').notNull(),
    incoterm: text('incoterm').notNull(),
    message: text('message').notNull().default(''),
    /** `items` (from a basket) or `category` (a sourcing request to matching exporters). */
    kind: text('kind', { enum: ['items', 'category'] }).notNull(),
    categoryId: integer('category_id').references(() => categories.id),
    /** SHA-256 of the private status token; the token itself is only in the buyer's link. */
    tokenHash: text('token_hash').notNull(),
    channel: text('channel').notNull().default('web'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_submissions_email_idx').on(t.buyerEmail), unique('inquiry_submissions_key_caller_unique').on(t.idempotencyKey, t.caller)],
);

export const inquiries = pgTable(
  'inquiries',
  {
    id: serial('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => inquirySubmissions.id, { onDelete: 'cascade' }),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id),
    status: text('status', { enum: ['new', 'read', 'replied', 'closed'] })
      .notNull()
      .default('new'),
    readAt: timestamp('read_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** When the buyer last looked at the conversation: later replies and quotes are unread. */
    buyerSeenAt: timestamp('buyer_seen_at', { withTimezone: true }),
    /** When the operator last reminded the exporter of this unanswered inquiry. */
    nudgedAt: timestamp('nudged_at', { withTimezone: true }),
    /** The exporter it was first routed to, when the operator passed it to another. */
    reassignedFromExporterId: integer('reassigned_from_exporter_id').references(() => exporters.id),
    reassignedAt: timestamp('reassigned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiries_exporter_idx').on(t.exporterId, t.createdAt), index('inquiries_submission_idx').on(t.submissionId)],
);

export const inquiryItems = pgTable(
  'inquiry_items',
  {
    id: serial('id').primaryKey(),
    inquiryId: integer('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    productId: integer('product_id').references(() => products.id),
    /** Snapshot of the product as the buyer saw it; a category request has no product. */
    productSlug: text('product_slug').notNull().default(''),
    productNameEn: text('product_name_en').notNull().default(''),
    productNameZh: text('product_name_zh').notNull().default(''),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    /** Kept for inquiries stored before prices were asked per unit in the buyer's currency. */
    targetPriceUsdCents: integer('target_price_usd_cents'),
    /** The buyer's target price per unit, in minor units (fen, cents) of `targetCurrency`. */
    targetPriceMinor: bigint('target_price_minor', { mode: 'number' }),
    targetCurrency: text('target_currency'),
    /** The buyer asked for a sample first. */
    sampleRequested: boolean('sample_requested').notNull().default(false),
    note: text('note').notNull().default(''),
  },
  (t) => [index('inquiry_items_inquiry_idx').on(t.inquiryId)],
);

export const inquiryMessages = pgTable(
  'inquiry_messages',
  {
    id: serial('id').primaryKey(),
    inquiryId: integer('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    author: text('author', { enum: ['buyer', 'exporter'] }).notNull(),
    body: text('body').notNull(),
    /** The form token of the submission that wrote it: the same reply sent twice is stored once. */
    clientKey: text('client_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_messages_inquiry_idx').on(t.inquiryId, t.createdAt), uniqueIndex('inquiry_messages_client_key_idx').on(t.inquiryId, t.clientKey)],
);

/**
 * Mail waiting to be sent (transactional outbox): written in the same
 * transaction as what it announces, sent by the worker, retried with backoff,
 * parked after too many failures for the operator to resend.
 */
export const outboxJobs = pgTable(
  'outbox_jobs',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Stable Message-ID: a resend is recognisable as the same mail. */
    messageId: text('message_id').notNull().unique(),
    status: text('status', { enum: ['pending', 'sent', 'parked'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_jobs_due_idx').on(t.status, t.nextAttemptAt)],
);

/** Fixed-window request counters shared by every instance (rate limits). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/*
 * Accounts (Better Auth's tables, by its model names below). Sessions live in
 * the database, so every instance sees a sign-in or sign-out at once.
 */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  /**
   * exporter: runs one shop; operator: runs the pavilion; buyer: signs in by e-mail link to the buyer's desk;
   * translator: granted by an operator, works the translation desk's queue.
   */
  role: text('role', { enum: ['exporter', 'operator', 'buyer', 'translator'] })
    .notNull()
    .default('exporter'),
  exporterId: integer('exporter_id').references(() => exporters.id, { onDelete: 'set null' }),
  /** Language of the portal and of the mail the account receives: en, zh, or ur (traders only). */
  locale: text('locale').notNull().default('en'),
  /** Digits the portal writes numbers with in Urdu: `latin` (0-9) or `urdu` (۰-۹). */
  digits: text('digits', { enum: ['latin', 'urdu'] })
    .notNull()
    .default('latin'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    /** scrypt hash (memory-hard); never returned by the API. */
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Better Auth's own request counters for its HTTP endpoints. */
export const authRateLimits = pgTable('auth_rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

/** An image an exporter uploaded: its variants are stored under `key`. */
export const uploads = pgTable(
  'uploads',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull().unique(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('uploads_exporter_idx').on(t.exporterId)],
);

/** How the buyer pays: telegraphic transfer with a deposit, a letter of credit at sight, or documents against payment. */
export type PaymentTerms = { kind: 'tt'; depositPercent: number } | { kind: 'lc-sight' } | { kind: 'dp' };
/** A price ladder step: from `minQuantity` units on, `unitPriceMinor` each. */
export type QuoteTier = { minQuantity: number; unitPriceMinor: number };
export type SampleOffer = { costMinor: number; currency: string; days: number };

/**
 * One version of an exporter's quotation in an inquiry's conversation. Versions are kept: sending a
 * revision marks the previous sent version `revised`. A sent version whose `validUntil` has passed is
 * expired (derived, never stored), and cannot be accepted.
 */
export const quotes = pgTable(
  'quotes',
  {
    id: serial('id').primaryKey(),
    inquiryId: integer('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id),
    /** 1, 2, 3… within the inquiry. */
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'sent', 'revised', 'accepted', 'declined', 'withdrawn'] })
      .notNull()
      .default('draft'),
    /** USD or CNY. Every amount of the quote is in minor units (cents, fen) of this currency. */
    currency: text('currency').notNull(),
    /** Incoterms 2020 rule (FOB, CFR, CIF, FCA, DAP…) and its named place, kept apart. */
    incoterm: text('incoterm').notNull(),
    namedPlace: text('named_place').notNull(),
    /** Days from the buyer's deposit to shipment. */
    leadTimeDays: integer('lead_time_days').notNull(),
    validUntil: date('valid_until').notNull(),
    paymentTerms: jsonb('payment_terms').$type<PaymentTerms>().notNull(),
    sampleOffer: jsonb('sample_offer').$type<SampleOffer>(),
    packing: text('packing').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** The buyer's message when asking for a revision of this version. */
    revisionRequest: text('revision_request'),
    revisionRequestedAt: timestamp('revision_requested_at', { withTimezone: true }),
    /** Makes a retried submission of the exporter's form land once. */
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** When it was accepted, declined or withdrawn. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('quotes_inquiry_version_idx').on(t.inquiryId, t.version),
    uniqueIndex('quotes_exporter_key_idx').on(t.exporterId, t.idempotencyKey),
    index('quotes_exporter_idx').on(t.exporterId, t.sentAt),
  ],
);

export const quoteLines = pgTable(
  'quote_lines',
  {
    id: serial('id').primaryKey(),
    quoteId: integer('quote_id')
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
    /** Snapshot as quoted. */
    productNameEn: text('product_name_en').notNull(),
    productNameZh: text('product_name_zh').notNull().default(''),
    hsCode: text('hs_code').notNull().default(''),
    origin: text('origin').notNull().default(''),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    tiers: jsonb('tiers').$type<QuoteTier[]>().notNull().default([]),
  },
  (t) => [index('quote_lines_quote_idx').on(t.quoteId, t.position)],
);

/**
 * The proforma invoice an accepted quote becomes: one per quote (accepting twice makes one), numbered
 * per exporter. `document` is the invoice as issued, so later profile edits never change it. The
 * pavilion never holds funds: the buyer records their proof of payment, the exporter confirms receipt.
 */
export const proformas = pgTable(
  'proformas',
  {
    id: serial('id').primaryKey(),
    quoteId: integer('quote_id')
      .notNull()
      .unique()
      .references(() => quotes.id),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id),
    /** 1, 2, 3… per exporter; `number` is what is printed, e.g. PI-KCSW-2026-0001. */
    sequence: integer('sequence').notNull(),
    number: text('number').notNull().unique(),
    currency: text('currency').notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    /** The buyer's record of their transfer (bank, reference, amount, date), as they typed it. */
    paymentProof: jsonb('payment_proof').$type<Record<string, string>>(),
    paymentRecordedAt: timestamp('payment_recorded_at', { withTimezone: true }),
    receiptConfirmedAt: timestamp('receipt_confirmed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('proformas_exporter_sequence_idx').on(t.exporterId, t.sequence)],
);

/** A buyer's token for the partner API (e.g. a WeChat mini-program); only its SHA-256 is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Who wrote the Chinese of one published field, and from which English. `sourceHash` is the SHA-256 of the
 * English text the Chinese was written from: when the English changes, the Chinese is outdated and the field
 * returns to the translation desk's queue. `entity` is `product` or `exporter`; `field` a column pair's stem
 * (name, summary, description, keywords, tagline, sampleNote).
 */
export const fieldTranslations = pgTable(
  'field_translations',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['product', 'exporter'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field').notNull(),
    sourceHash: text('source_hash').notNull(),
    /** `exporter`: written by the exporter; `desk`: by a translator, waiting for or given the exporter's acceptance. */
    origin: text('origin', { enum: ['exporter', 'desk'] }).notNull(),
    translatedBy: text('translated_by').references(() => users.id, { onDelete: 'set null' }),
    translatedAt: timestamp('translated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the exporter accepted the desk's Chinese; null while not yet seen (the Chinese is already public). */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('field_translations_field_idx').on(t.entity, t.entityId, t.field), index('field_translations_exporter_idx').on(t.exporterId)],
);

/** A message of an inquiry's conversation sent to the translation desk, and what the desk made of it. */
export const messageTranslations = pgTable(
  'message_translations',
  {
    id: serial('id').primaryKey(),
    messageId: integer('message_id')
      .notNull()
      .unique()
      .references(() => inquiryMessages.id, { onDelete: 'cascade' }),
    /** Language the translation is wanted in: zh for an exporter's reply, en or ur for a buyer's message. */
    targetLocale: text('target_locale').notNull(),
    requestedBy: text('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    body: text('body'),
    translatedBy: text('translated_by').references(() => users.id, { onDelete: 'set null' }),
    translatedAt: timestamp('translated_at', { withTimezone: true }),
  },
  (t) => [index('message_translations_open_idx').on(t.translatedAt)],
);

/**
 * Every operator, exporter and translator action that changes what buyers see: who, when, what, and the
 * values before and after. Rows are only ever added.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    /** Copied, so the row still says who it was after the account is gone. */
    actorEmail: text('actor_email').notNull().default(''),
    actorRole: text('actor_role').notNull(),
    /** Dotted name of what was done, e.g. `product.publish`, `exporter.verify`, `translation.fill`. */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    exporterId: integer('exporter_id').references(() => exporters.id, { onDelete: 'set null' }),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_exporter_idx').on(t.exporterId, t.at)],
);

/**
 * A verified exporter's change to a public fact (name, certificates, GACC number) held for the operator's
 * review: the public page keeps the old value until it is approved.
 */
export const heldChanges = pgTable(
  'held_changes',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    /** `nameEn`, `nameZh`, `gaccNumber` or `certificates`. */
    field: text('field').notNull(),
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
    requestedBy: text('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision', { enum: ['approved', 'rejected'] }),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    note: text('note').notNull().default(''),
  },
  (t) => [index('held_changes_open_idx').on(t.decidedAt, t.createdAt), index('held_changes_exporter_idx').on(t.exporterId)],
);

/** A document an exporter uploaded for verification (SECP, NTN, export registration): seen by operators only. */
export const exporterDocuments = pgTable(
  'exporter_documents',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['secp', 'ntn', 'export-registration'] }).notNull(),
    /** Where the file is kept in private storage; never under a public address. */
    storageKey: text('storage_key').notNull().unique(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('exporter_documents_exporter_idx').on(t.exporterId, t.kind)],
);

/**
 * Buyer interest, counted without personal data: views of product pages, basket adds and inquiries per day,
 * category and province of origin. No address, cookie or account is stored with a count.
 */
export const interestCounts = pgTable(
  'interest_counts',
  {
    day: date('day').notNull(),
    kind: text('kind', { enum: ['view', 'basket', 'inquiry'] }).notNull(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    province: text('province').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.kind, t.categoryId, t.province] })],
);

/**
 * A spreadsheet read for import, kept between its preview and its import. `rows` holds each row as read and
 * its errors; `fileHash` is the SHA-256 of the file, `appliedAt` set once imported.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    fileHash: text('file_hash').notNull(),
    rows: jsonb('rows').$type<unknown[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    /** What the import did: counts of created, updated, unchanged and refused rows. */
    outcome: jsonb('outcome').$type<Record<string, number> | null>(),
  },
  (t) => [index('import_batches_exporter_idx').on(t.exporterId, t.createdAt)],
);

/**
 * The translation desk's Chinese for one field, waiting for the exporter: a translator wrote it from the English
 * whose SHA-256 is `sourceHash`; the exporter accepts it (it becomes the field's Chinese, recorded in
 * field_translations with origin `desk`) or rejects it. One open suggestion per field: a new one replaces it.
 */
export const deskSuggestions = pgTable(
  'desk_suggestions',
  {
    id: serial('id').primaryKey(),
    exporterId: integer('exporter_id')
      .notNull()
      .references(() => exporters.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: ['product', 'exporter'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field').notNull(),
    body: text('body').notNull(),
    sourceHash: text('source_hash').notNull(),
    suggestedBy: text('suggested_by').references(() => users.id, { onDelete: 'set null' }),
    suggestedAt: timestamp('suggested_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision', { enum: ['accepted', 'rejected', 'replaced'] }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('desk_suggestions_open_idx').on(t.entity, t.entityId, t.field).where(sql`${t.decision} is null`),
    index('desk_suggestions_exporter_idx').on(t.exporterId, t.decision),
  ],
);
