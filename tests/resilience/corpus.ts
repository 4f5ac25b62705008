/**
 * Hostile inputs, and the places they are sent to. Both are data: a new form,
 * API or page parameter is one more entry in TARGETS (or in a list passed to
 * `buildRequests`), and every value below is tried there.
 *
 * A value is either text (sent percent-encoded in URLs, as UTF-8 in bodies)
 * or `raw`: bytes already written as percent escapes (`%C3%28`), inserted
 * into URLs as they are and decoded to bytes for bodies — how invalid UTF-8
 * and NUL reach a server.
 */

export interface HostileValue {
  name: string;
  value: string;
  raw?: boolean;
  /** Markup that must never come back unescaped in an HTML page. */
  markup?: boolean;
  /** A number-like value: also sent as a bare JSON literal in number fields. */
  numeric?: boolean;
}

const KB100 = 100 * 1024;

export const HOSTILE_VALUES: HostileValue[] = [
  // Script injection, Latin and Chinese text.
  { name: 'script tag', value: '<script>alert(1)</script>', markup: true },
  { name: 'img onerror', value: '<img src=x onerror=alert(1)>', markup: true },
  { name: 'svg onload breaking out of an attribute', value: '"><svg onload=alert(1)>', markup: true },
  { name: 'attribute break-out without tags', value: `" autofocus onfocus="alert(1)" x="` },
  { name: 'single-quoted break-out', value: `' onmouseover='alert(1)` },
  { name: 'script in Chinese text', value: '粉红盐<script>alert("询盘")</script>报价', markup: true },
  { name: 'img in Chinese text', value: '足球<img src=x onerror=alert(1)>', markup: true },
  { name: 'javascript: URL', value: 'javascript:alert(1)' },
  { name: 'data: URL', value: 'data:text/html,<script>alert(1)</script>', markup: true },
  { name: 'template expression', value: '{{constructor.constructor("alert(1)")()}}' },
  { name: 'closing style/textarea', value: '</textarea></style></title><script>alert(1)</script>', markup: true },
  // Sizes.
  { name: 'overlong 100 KB Latin', value: 'A'.repeat(KB100) },
  { name: 'overlong 100 KB Chinese', value: '盐'.repeat(Math.ceil(KB100 / 3)) },
  { name: 'empty', value: '' },
  { name: 'whitespace', value: '   \t ' },
  // Bytes that are not UTF-8, and NUL.
  { name: 'invalid UTF-8 %C3%28', value: '%C3%28', raw: true },
  { name: 'invalid UTF-8 %FF', value: '%FF', raw: true },
  { name: 'UTF-16 surrogate as UTF-8 %ED%A0%80', value: '%ED%A0%80', raw: true },
  { name: 'overlong UTF-8 slash %C0%AF', value: '%C0%AF', raw: true },
  { name: 'NUL percent-encoded', value: 'a%00b', raw: true },
  { name: 'NUL character', value: 'a\u0000b' },
  { name: 'CRLF header injection', value: 'x%0D%0ASet-Cookie:%20pwned=1', raw: true },
  // Text that disguises itself.
  { name: 'bidi override U+202E', value: 'invoice\u202Egnp.exe' },
  { name: 'zero-width and combining', value: 'sa\u200Blt\u0301\u0301\u0301' },
  { name: 'emoji', value: '🧂⚽🇵🇰' },
  { name: 'lone surrogate (escaped)', value: '%ED%B0%80', raw: true },
  // Numbers.
  { name: '1e309', value: '1e309', numeric: true },
  { name: '99999999999999999999', value: '99999999999999999999', numeric: true },
  { name: 'negative', value: '-1', numeric: true },
  { name: 'negative zero', value: '-0', numeric: true },
  { name: 'fraction', value: '0.5', numeric: true },
  { name: 'NaN', value: 'NaN' },
  { name: 'Infinity', value: 'Infinity' },
  { name: 'hex', value: '0x10' },
  // Paths.
  { name: 'path traversal', value: '../../etc/passwd' },
  { name: 'path traversal percent-encoded', value: '%2e%2e%2f%2e%2e%2fetc%2fpasswd', raw: true },
  { name: 'path traversal backslash', value: '..%5c..%5cwindows%5cwin.ini', raw: true },
  { name: 'double-encoded traversal', value: '%252e%252e%252f', raw: true },
  { name: 'absolute path', value: '/etc/passwd' },
  // Other classics.
  { name: 'SQL', value: `' OR 1=1; DROP TABLE inquiries; --` },
  { name: 'prototype key', value: '__proto__' },
  { name: 'format string', value: '%s%s%n%x' },
];

/**
 * What a target needs from the running server: an inquiry of its own to point
 * the status page at (routed to the demo exporter whose session is
 * `exporterCookie`), and signed-in sessions for the exporter portal and the
 * operator console.
 */
export interface TargetContext {
  reference: string;
  token: string;
  exporterCookie: string;
  operatorCookie: string;
  /** A product of that exporter, and an exporter waiting for verification. */
  productId: number;
  pendingSlug: string;
}

/** One request to send. `body` is bytes so that invalid UTF-8 can be sent as such. */
export interface HostileRequest {
  target: string;
  input: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export type Target =
  /** `{}` in the template is replaced by the value (a path segment). */
  | { name: string; kind: 'path'; template: string; headers?: Record<string, string> }
  /** Each parameter in turn gets the value; `base` is the rest of the query string. */
  | { name: string; kind: 'query'; path: string; params: string[]; base?: string; headers?: Record<string, string> }
  /** A JSON body: each field (dotted path) in turn gets the value. */
  | {
      name: string;
      kind: 'json';
      path: string;
      body: () => Record<string, unknown>;
      fields: string[];
      numberFields?: string[];
      headers?: Record<string, string>;
    }
  /** A form post (urlencoded, or multipart/form-data when `multipart`): each field in turn gets the value. */
  | { name: string; kind: 'form'; path: string; fields: Record<string, string>; vary: string[]; headers?: Record<string, string>; multipart?: boolean }
  /** Hand-written requests (content types, malformed bodies, sizes) that do not depend on the value. */
  | { name: string; kind: 'fixed'; requests: (ctx: TargetContext) => Array<Omit<HostileRequest, 'target'>> };

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';
/** Headers that make a request the signed-in demo exporter's (owner of SALT) or the operator's. */
const EXPORTER = { Cookie: '{exporterCookie}' };
const OPERATOR = { Cookie: '{operatorCookie}' };

/** A valid inquiry body for the partner API and the form. */
export function validInquiry(): Record<string, unknown> {
  return {
    locale: 'zh',
    buyer: {
      name: '王伟',
      company: '上海海盐贸易有限公司',
      email: 'wang@example.cn',
      phone: '+86 138 0000 0000',
      wechat: 'wangwei88',
      province: '上海',
      city: '上海',
    },
    destinationPort: 'shanghai',
    incoterm: 'FOB',
    message: '请报 CIF 价格',
    consent: true,
    items: [{ product: SALT, quantity: 50, unit: 'ton', targetPriceUsdCents: 21000, note: '' }],
  };
}

const INQUIRY_FIELDS = [
  'locale',
  'buyer.name',
  'buyer.company',
  'buyer.email',
  'buyer.phone',
  'buyer.wechat',
  'buyer.province',
  'buyer.city',
  'destinationPort',
  'incoterm',
  'message',
  'items.0.product',
  'items.0.quantity',
  'items.0.unit',
  'items.0.targetPriceUsdCents',
  'items.0.targetPrice',
  'items.0.targetCurrency',
  'items.0.sampleRequested',
  'items.0.note',
];

const FORM_INQUIRY: Record<string, string> = {
  locale: 'en',
  'buyer.name': 'Wei Wang',
  'buyer.company': 'Ningbo Salt Import Co.',
  'buyer.email': 'wei@example.cn',
  'buyer.phone': '+86 138 0000 0000',
  destinationPort: 'ningbo-zhoushan',
  incoterm: 'CIF',
  consent: 'on',
  'items.0.product': SALT,
  'items.0.quantity': '20',
  'items.0.unit': 'ton',
  shownAt: '1',
  idempotencyKey: 'hostile-form-0001',
};

const big = (n: number) => Buffer.alloc(n, 'a');

/** Every form, API and page parameter of the site. */
export const TARGETS: Target[] = [
  // Page routes: each path parameter.
  { name: 'locale segment', kind: 'path', template: '/{}/' },
  { name: 'product slug', kind: 'path', template: '/en/products/{}/' },
  { name: 'product slug (zh)', kind: 'path', template: '/zh/products/{}/' },
  { name: 'category slug', kind: 'path', template: '/en/categories/{}/' },
  { name: 'exporter slug', kind: 'path', template: '/zh/exporters/{}/' },
  { name: 'content section', kind: 'path', template: '/en/{}/' },
  { name: 'article slug', kind: 'path', template: '/zh/culture/{}/' },
  { name: 'inquiry reference', kind: 'path', template: '/en/inquiries/{}' },
  { name: 'article art theme', kind: 'path', template: '/media/article/{}/cover.svg' },
  { name: 'article art file', kind: 'path', template: '/media/article/culture/{}' },
  { name: 'asset file', kind: 'path', template: '/_astro/{}' },
  { name: 'any path', kind: 'path', template: '/{}' },
  // Query parameters: catalog filters, pagination, search, category requests, the status page token.
  { name: 'products filters', kind: 'query', path: '/en/products/', params: ['category', 'province', 'certification', 'moqMax', 'sort', 'page'] },
  { name: 'category page filters', kind: 'query', path: '/zh/categories/rice/', params: ['province', 'certification', 'moqMax', 'sort', 'page'] },
  { name: 'exporters filter', kind: 'query', path: '/en/exporters/', params: ['province'] },
  {
    name: 'search page',
    kind: 'query',
    path: '/zh/search/',
    params: ['q', 'type', 'category', 'province', 'certification', 'moqMax', 'minUsd', 'maxUsd', 'sort', 'page'],
    base: 'q=salt',
  },
  {
    name: 'search API',
    kind: 'query',
    path: '/api/search',
    params: ['q', 'locale', 'type', 'category', 'province', 'certification', 'moqMax', 'priceMin', 'priceMax', 'sort', 'limit', 'offset'],
    base: 'q=salt',
  },
  { name: 'category inquiry form', kind: 'query', path: '/en/inquiry/', params: ['category'] },
  { name: 'inquiry status token', kind: 'query', path: '/en/inquiries/{reference}', params: ['token'] },
  // The partner API.
  {
    name: 'inquiries API',
    kind: 'json',
    path: '/api/inquiries',
    body: validInquiry,
    fields: INQUIRY_FIELDS,
    numberFields: ['items.0.quantity', 'items.0.targetPriceUsdCents', 'items.0.targetPrice'],
  },
  { name: 'inquiries API idempotency key', kind: 'json', path: '/api/inquiries', body: validInquiry, fields: [], headers: { 'Idempotency-Key': '{}' } },
  // The inquiry form, as a browser without JavaScript posts it and as the island calls the action.
  {
    name: 'inquiry form post',
    kind: 'form',
    path: '/en/inquiry/?_action=inquiry',
    fields: FORM_INQUIRY,
    vary: [...Object.keys(FORM_INQUIRY), 'website', 'items.0.targetPrice', 'items.0.targetCurrency', 'items.0.sampleRequested', 'items.0.note', 'message'],
  },
  {
    name: 'inquiry action call',
    kind: 'form',
    path: '/_actions/inquiry',
    fields: FORM_INQUIRY,
    vary: ['buyer.name', 'message', 'items.0.quantity', 'locale', 'shownAt', 'idempotencyKey'],
  },
  {
    name: 'basket form',
    kind: 'form',
    path: '/api/basket',
    fields: { op: 'add', product: SALT, return: '/en/inquiry/' },
    vary: ['op', 'product', 'return', 'remove'],
  },
  {
    name: 'reply form',
    kind: 'form',
    path: '/zh/inquiries/{reference}?token={token}&_action=inquiryReply',
    fields: { reference: '{reference}', token: '{token}', body: '请确认交期' },
    vary: ['reference', 'token', 'body'],
  },
  // The exporter portal: accounts (anonymous), then as a signed-in exporter, then as the operator.
  {
    name: 'sign-in form',
    kind: 'form',
    path: '/en/exporter/sign-in/',
    fields: { email: 'nobody@exporters.pavilion.example', password: 'not-the-password' },
    vary: ['email', 'password'],
  },
  { name: 'sign-in return address', kind: 'query', path: '/zh/exporter/sign-in/', params: ['next', 'signedOut'] },
  {
    name: 'sign-up form',
    kind: 'form',
    path: '/zh/exporter/sign-up/',
    fields: { name: 'Farah Ahmed', company: 'Ravi Towel Mills', email: 'farah@ravi.example', password: 'towels-from-faisalabad', locale: 'zh' },
    vary: ['name', 'company', 'email', 'password', 'locale'],
  },
  { name: 'password reset request', kind: 'form', path: '/en/exporter/forgot-password/', fields: { email: 'nobody@ravi.example' }, vary: ['email'] },
  {
    name: 'password reset form',
    kind: 'form',
    path: '/en/exporter/reset-password/',
    fields: { token: 'not-a-real-token-value', password: 'a-new-password-1' },
    vary: ['token', 'password'],
  },
  { name: 'address confirmation link', kind: 'query', path: '/en/exporter/verify/', params: ['token'] },
  {
    name: 'company profile form',
    kind: 'form',
    path: '/en/exporter/profile/',
    headers: EXPORTER,
    fields: {
      nameEn: 'Khewra Crystal Salt Works',
      nameZh: '凯沃拉晶盐工坊',
      taglineEn: 'Pink salt',
      descriptionEn: 'Salt.',
      city: 'khewra',
      yearFounded: '1998',
      employees: '40',
      website: 'https://khewra.example',
      gaccNumber: 'CPAK2401135021',
      inquiryEmail: 'sales@khewra.example',
      'cert-kind-0': 'halal',
      'cert-issuer-0': 'PHA',
      'cert-number-0': 'H-1',
      'cert-valid-0': '2030-01-01',
    },
    vary: ['nameEn', 'nameZh', 'descriptionZh', 'city', 'yearFounded', 'employees', 'website', 'gaccNumber', 'inquiryEmail', 'cert-kind-0', 'cert-valid-0'],
  },
  { name: 'product id', kind: 'path', template: '/en/exporter/products/{}/', headers: EXPORTER },
  { name: 'product preview id', kind: 'path', template: '/zh/exporter/products/{}/preview/', headers: EXPORTER },
  {
    name: 'product editor',
    kind: 'form',
    multipart: true,
    path: '/en/exporter/products/{productId}/',
    headers: EXPORTER,
    fields: {
      nameEn: 'Pink salt',
      nameZh: '粉红盐',
      category: 'salt',
      moq: '20',
      unit: 'ton',
      hsCode: '25010010',
      'tier-0-qty': '20',
      'tier-0-price': '210',
      'spec-0-label-en': 'Grain',
      'spec-0-value-en': '2-5 mm',
      'image-0-key': 'upload:1/x',
    },
    vary: [
      'nameEn',
      'nameZh',
      'descriptionZh',
      'category',
      'moq',
      'unit',
      'hsCode',
      'tier-0-qty',
      'tier-0-price',
      'spec-0-label-zh',
      'image-0-key',
      'image-0-order',
      'incoterms',
      'intent',
    ],
  },
  {
    name: 'product status',
    kind: 'form',
    path: '/en/exporter/products/{productId}/status',
    headers: EXPORTER,
    fields: { status: 'published', return: 'list' },
    vary: ['status', 'return'],
  },
  { name: 'exporter inbox', kind: 'query', path: '/en/exporter/inquiries/', params: ['status', 'page'], headers: EXPORTER },
  { name: 'exporter inbox CSV', kind: 'query', path: '/zh/exporter/inquiries.csv', params: ['status'], headers: EXPORTER },
  { name: 'exporter inquiry reference', kind: 'path', template: '/en/exporter/inquiries/{}/', headers: EXPORTER },
  {
    name: 'exporter reply',
    kind: 'form',
    path: '/en/exporter/inquiries/{reference}/',
    headers: EXPORTER,
    fields: { intent: 'reply', body: 'We can ship in 20 days.' },
    vary: ['intent', 'body'],
  },
  { name: 'console exporters', kind: 'query', path: '/en/operator/exporters/', params: ['status'], headers: OPERATOR },
  { name: 'console exporter slug', kind: 'path', template: '/zh/operator/exporters/{}/', headers: OPERATOR },
  {
    name: 'console verification',
    kind: 'form',
    path: '/en/operator/exporters/{pendingSlug}/?_action=operator.verifyExporter',
    headers: OPERATOR,
    fields: { exporter: 'ravi-grain-exports', kind: 'secp', reference: 'SECP-0001', checkedOn: '2026-01-10', validUntil: '2027-01-10' },
    vary: ['exporter', 'kind', 'reference', 'checkedOn', 'validUntil'],
  },
  { name: 'console featured search', kind: 'query', path: '/en/operator/featured/', params: ['q'], headers: OPERATOR },
  {
    name: 'console featured form',
    kind: 'form',
    path: '/en/operator/featured/?_action=operator.featureProduct',
    headers: OPERATOR,
    fields: { product: SALT },
    vary: ['product', 'q'],
  },
  {
    name: 'console rates',
    kind: 'form',
    path: '/zh/operator/rates/?_action=operator.saveRates',
    headers: OPERATOR,
    fields: { cny: '7.1', pkr: '280' },
    vary: ['cny', 'pkr'],
  },
  {
    name: 'console rates action',
    kind: 'form',
    path: '/_actions/operator.saveRates',
    headers: OPERATOR,
    fields: { cny: '7.1', pkr: '280' },
    vary: ['cny', 'pkr'],
  },
  {
    name: 'console categories form',
    kind: 'form',
    path: '/en/operator/categories/?_action=operator.createCategory',
    headers: OPERATOR,
    fields: { slug: 'hostile-tea', nameEn: 'Tea', nameZh: '茶叶', descriptionEn: '', descriptionZh: '', hsChapters: '09' },
    vary: ['slug', 'nameEn', 'nameZh', 'descriptionZh', 'hsChapters', 'gaccRequired'],
  },
  {
    name: 'console category order',
    kind: 'form',
    path: '/en/operator/categories/?_action=operator.moveCategory',
    headers: OPERATOR,
    fields: { slug: 'rice', direction: 'down' },
    vary: ['slug', 'direction'],
  },
  { name: 'console category editor', kind: 'query', path: '/zh/operator/categories/', params: ['edit', 'done'], headers: OPERATOR },
  {
    name: 'console operators form',
    kind: 'form',
    path: '/en/operator/operators/?_action=operator.revokeOperator',
    headers: OPERATOR,
    fields: { user: 'no-such-account' },
    vary: ['user'],
  },
  {
    name: 'console operator invitation',
    kind: 'form',
    path: '/en/operator/operators/?_action=operator.inviteOperator',
    headers: OPERATOR,
    fields: { name: 'Hostile Invitee', email: 'hostile-invitee@pavilion.example', locale: 'en' },
    vary: ['name', 'email', 'locale'],
  },
  { name: 'console operators notices', kind: 'query', path: '/zh/operator/operators/', params: ['invited', 'revoked'], headers: OPERATOR },
  { name: 'console inquiries', kind: 'query', path: '/en/operator/inquiries/', params: ['view', 'page'], headers: OPERATOR },
  { name: 'console parked mail', kind: 'form', path: '/en/operator/mail/?_action=operator.resendMail', headers: OPERATOR, fields: { job: '1' }, vary: ['job'] },
  {
    name: 'photo upload API',
    kind: 'fixed',
    requests: (ctx) => {
      const as = { Cookie: ctx.exporterCookie };
      const upload = (input: string, type: string, body: Buffer) => ({
        input,
        method: 'POST',
        path: '/api/exporter/uploads?locale=zh',
        headers: { ...as, 'Content-Type': type },
        body,
      });
      return [
        upload('SVG with a script', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>')),
        upload('SVG declared as JPEG', 'image/jpeg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
        upload('HTML as PNG', 'image/png', Buffer.from('<html><script>alert(1)</script></html>')),
        upload('JPEG header only', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])),
        upload('PNG signature only', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
        upload('empty body', 'image/jpeg', Buffer.alloc(0)),
        upload('NUL bytes', 'application/octet-stream', Buffer.alloc(4096)),
        upload('JSON', 'application/json', Buffer.from('{"file":"../../etc/passwd"}')),
        upload(
          'multipart with a traversal file name',
          'multipart/form-data; boundary=zz',
          Buffer.from(
            '--zz\r\nContent-Disposition: form-data; name="file"; filename="../../../etc/passwd.jpg"\r\nContent-Type: image/jpeg\r\n\r\nnot a photo\r\n--zz--\r\n',
          ),
        ),
        upload('broken multipart', 'multipart/form-data; boundary=zz', Buffer.from('--zz\r\nbroken')),
        { input: 'delete a traversal id', method: 'DELETE', path: '/api/exporter/uploads/..%2F..%2Fetc', headers: as },
        { input: 'delete a huge id', method: 'DELETE', path: '/api/exporter/uploads/99999999999999999999', headers: as },
        { input: 'photo path traversal', method: 'GET', path: '/media/uploads/..%2F..%2F..%2Fetc%2Fpasswd' },
        { input: 'photo path with NUL', method: 'GET', path: '/media/uploads/1/a%00.avif' },
      ];
    },
  },
  // Bodies that are wrong as a whole.
  {
    name: 'malformed bodies',
    kind: 'fixed',
    requests: (ctx) => {
      const json = { 'Content-Type': 'application/json' };
      const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
      const valid = Buffer.from(JSON.stringify(validInquiry()));
      const reply = `/en/inquiries/${ctx.reference}?token=${ctx.token}&_action=inquiryReply`;
      return [
        ...['{', '{"buyer":', '[]', 'null', '"text"', '1e309', '{"items":[{"quantity":1e309}]}', '{"__proto__":{"admin":true}}', '['.repeat(50_000)].map(
          (text, i) => ({
            input: `malformed JSON ${i}`,
            method: 'POST',
            path: '/api/inquiries',
            headers: json,
            body: Buffer.from(text),
          }),
        ),
        {
          input: 'invalid UTF-8 in JSON',
          method: 'POST',
          path: '/api/inquiries',
          headers: json,
          body: Buffer.concat([Buffer.from('{"message":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
        },
        { input: 'NUL in JSON', method: 'POST', path: '/api/inquiries', headers: json, body: Buffer.from('{"message":"a\u0000b"}') },
        ...['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', ''].map((type) => ({
          input: `content type "${type}"`,
          method: 'POST',
          path: '/api/inquiries',
          headers: type ? { 'Content-Type': type } : {},
          body: valid,
        })),
        { input: 'JSON to the form action', method: 'POST', path: '/en/inquiry/?_action=inquiry', headers: json, body: valid },
        { input: 'JSON to the basket', method: 'POST', path: '/api/basket', headers: json, body: Buffer.from('{"op":"add"}') },
        { input: 'text to the basket', method: 'POST', path: '/api/basket', headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('op=add') },
        {
          input: 'broken multipart to the basket',
          method: 'POST',
          path: '/api/basket',
          headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
          body: Buffer.from('--zz\r\nbroken'),
        },
        {
          input: 'broken multipart to the action',
          method: 'POST',
          path: '/_actions/inquiry',
          headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
          body: Buffer.from('--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\n'),
        },
        { input: 'JSON to the reply form', method: 'POST', path: reply, headers: json, body: Buffer.from('{"body":1}') },
        {
          input: 'oversized JSON 2 MB',
          method: 'POST',
          path: '/api/inquiries',
          headers: json,
          body: Buffer.concat([Buffer.from('{"message":"'), big(2 * 1024 * 1024), Buffer.from('"}')]),
        },
        {
          input: 'oversized form 2 MB',
          method: 'POST',
          path: '/en/inquiry/?_action=inquiry',
          headers: form,
          body: Buffer.concat([Buffer.from('message='), big(2 * 1024 * 1024)]),
        },
        {
          input: 'oversized action call 2 MB',
          method: 'POST',
          path: '/_actions/inquiry',
          headers: form,
          body: Buffer.concat([Buffer.from('message='), big(2 * 1024 * 1024)]),
        },
        {
          input: 'oversized basket 2 MB',
          method: 'POST',
          path: '/api/basket',
          headers: form,
          body: Buffer.concat([Buffer.from('product='), big(2 * 1024 * 1024)]),
        },
        { input: 'oversized reply 2 MB', method: 'POST', path: reply, headers: form, body: Buffer.concat([Buffer.from('body='), big(2 * 1024 * 1024)]) },
        {
          input: 'Content-Length lies (too large)',
          method: 'POST',
          path: '/api/inquiries',
          headers: { ...json, 'Content-Length': '99999999999' },
          body: valid,
        },
        { input: 'PUT to the API', method: 'PUT', path: '/api/inquiries', headers: json, body: valid },
        { input: 'DELETE to the API', method: 'DELETE', path: '/api/inquiries' },
        { input: 'GET to the inquiries API', method: 'GET', path: '/api/inquiries' },
        { input: 'GET to the basket', method: 'GET', path: '/api/basket' },
        { input: 'POST to a product page', method: 'POST', path: `/en/products/${SALT}/`, headers: form, body: Buffer.from('a=1') },
        { input: 'POST to a prerendered page', method: 'POST', path: '/en/about/', headers: form, body: Buffer.from('a=1') },
        { input: 'unknown action', method: 'POST', path: '/_actions/nope', headers: form, body: Buffer.from('a=1') },
        { input: 'unknown form action', method: 'POST', path: '/en/inquiry/?_action=nope', headers: form, body: Buffer.from('a=1') },
        { input: 'cookie with a hostile basket', method: 'GET', path: '/en/inquiry/', headers: { Cookie: 'pkp_basket=%3Cscript%3E%2C..%2F..%2Fetc%2C%FF' } },
        { input: 'hostile Accept-Language', method: 'GET', path: '/', headers: { 'Accept-Language': 'zh;q=NaN, <script>, en;q=1e309' } },
      ];
    },
  },
];

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/** The value as it goes into a URL: raw values as written, text percent-encoded. */
export function urlForm(v: HostileValue): string {
  return v.raw ? v.value : encodeURIComponent(v.value);
}

/** The value as bytes in a body: raw escapes decoded to the bytes they stand for. */
function bytesOf(v: HostileValue): Buffer {
  if (!v.raw) return Buffer.from(v.value, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < v.value.length; i++) {
    if (v.value[i] === '%' && /^[0-9a-f]{2}$/i.test(v.value.slice(i + 1, i + 3))) {
      out.push(parseInt(v.value.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(v.value.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}

/** A form body with one field's value given as bytes (invalid UTF-8 stays invalid). */
function formBody(fields: Record<string, string>, field: string, value: HostileValue): Buffer {
  const parts = Object.entries(fields)
    .filter(([k]) => k !== field)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  parts.push(`${encodeURIComponent(field)}=${urlForm(value)}`);
  return Buffer.from(parts.join('&'));
}

const fill = (s: string, ctx: TargetContext) =>
  s
    .replaceAll('{reference}', ctx.reference)
    .replaceAll('{token}', ctx.token)
    .replaceAll('{exporterCookie}', ctx.exporterCookie)
    .replaceAll('{operatorCookie}', ctx.operatorCookie)
    .replaceAll('{productId}', String(ctx.productId))
    .replaceAll('{pendingSlug}', ctx.pendingSlug);
const fillHeaders = (headers: Record<string, string> | undefined, ctx: TargetContext) =>
  headers ? Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, fill(v, ctx)])) : undefined;

/** A multipart/form-data body with one field's value given as bytes. */
function multipartBody(fields: Record<string, string>, field: string, value: HostileValue, boundary: string): Buffer {
  const part = (name: string, bytes: Buffer) =>
    Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), bytes, Buffer.from('\r\n')]);
  return Buffer.concat([
    ...Object.entries(fields)
      .filter(([k]) => k !== field)
      .map(([k, v]) => part(k, Buffer.from(v))),
    part(field, bytesOf(value)),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

/** Every request of the corpus: each value at each place of each target. */
export function buildRequests(ctx: TargetContext, targets: Target[] = TARGETS, values: HostileValue[] = HOSTILE_VALUES): HostileRequest[] {
  const out: HostileRequest[] = [];
  for (const target of targets) {
    if (target.kind === 'fixed') {
      for (const r of target.requests(ctx)) out.push({ target: target.name, ...r });
      continue;
    }
    for (const v of values) {
      if (target.kind === 'path') {
        out.push({
          target: target.name,
          input: v.name,
          method: 'GET',
          path: fill(target.template, ctx).replace('{}', urlForm(v)),
          ...(target.headers && { headers: fillHeaders(target.headers, ctx)! }),
        });
      } else if (target.kind === 'query') {
        for (const param of target.params) {
          const base = target.base && !target.base.startsWith(`${param}=`) ? `${target.base}&` : '';
          out.push({
            target: `${target.name} ?${param}`,
            input: v.name,
            method: 'GET',
            path: `${fill(target.path, ctx)}?${base}${param}=${urlForm(v)}`,
            ...(target.headers && { headers: fillHeaders(target.headers, ctx)! }),
          });
        }
      } else if (target.kind === 'json') {
        const headers = { 'Content-Type': 'application/json', ...target.headers };
        const headerValue = v.raw ? v.value : v.value.replace(/[\r\n\u0000]/g, '');
        // Header values cannot carry arbitrary bytes; Latin-1 only, so non-Latin text is sent escaped.
        const safeHeader = /^[\x20-\x7e]*$/.test(headerValue) ? headerValue : encodeURIComponent(headerValue);
        for (const [name, value] of Object.entries(headers)) if (value === '{}') headers[name as keyof typeof headers] = safeHeader.slice(0, 8000);
        if (target.fields.length === 0) {
          out.push({ target: target.name, input: v.name, method: 'POST', path: target.path, headers, body: Buffer.from(JSON.stringify(target.body())) });
        }
        for (const field of target.fields) {
          const marker = '\u0001HOSTILE\u0001';
          const body = target.body();
          setPath(body, field, marker);
          const [before, after] = JSON.stringify(body).split(JSON.stringify(marker));
          const asString = v.raw ? Buffer.concat([Buffer.from('"'), bytesOf(v), Buffer.from('"')]) : Buffer.from(JSON.stringify(v.value));
          out.push({
            target: `${target.name} ${field}`,
            input: v.name,
            method: 'POST',
            path: target.path,
            headers,
            body: Buffer.concat([Buffer.from(before!), asString, Buffer.from(after!)]),
          });
          if (v.numeric && target.numberFields?.includes(field)) {
            out.push({
              target: `${target.name} ${field} (number)`,
              input: v.name,
              method: 'POST',
              path: target.path,
              headers,
              body: Buffer.from(`${before}${v.value}${after}`),
            });
          }
        }
      } else {
        const fields = Object.fromEntries(Object.entries(target.fields).map(([k, val]) => [k, fill(val, ctx)]));
        for (const field of target.vary) {
          const boundary = 'hostileBoundary7MA4YWxk';
          out.push({
            target: `${target.name} ${field}`,
            input: v.name,
            method: 'POST',
            path: fill(target.path, ctx),
            headers: {
              'Content-Type': target.multipart ? `multipart/form-data; boundary=${boundary}` : 'application/x-www-form-urlencoded',
              ...fillHeaders(target.headers, ctx),
            },
            body: target.multipart ? multipartBody(fields, field, v, boundary) : formBody(fields, field, v),
          });
        }
      }
    }
  }
  return out;
}

// ── Protocol-level attacks (scripts/serve.mjs) ──────────────────────────────
// Requests that are hostile before any field is read: methods the site does
// not serve, request lines Node cannot parse, bodies without a declared
// length, and Host names that are not the site's. Sent with raw sockets by
// tests/integration/hostile-protocol.test.ts.

/** Methods no route serves: HTTP's own, WebDAV's, made-up, lowercase. Each must get 405 (with Allow) or 400. */
export const ODD_METHODS = [
  'TRACE',
  'TRACK',
  'CONNECT',
  'PROPFIND',
  'MKCOL',
  'LOCK',
  'SEARCH',
  'QUERY',
  'PURGE',
  'M-SEARCH',
  'FOO',
  'get',
  'Post',
  'DEBUG',
  'X'.repeat(200),
];

/** Routes of every kind the odd methods are tried on: pages (prerendered and rendered), APIs, actions, files. */
export const METHOD_ROUTES = [
  '/',
  '/zh/',
  '/en/about/',
  `/en/products/${SALT}/`,
  '/api/basket',
  '/api/inquiries',
  '/api/health',
  '/_actions/inquiry',
  '/en/exporter/sign-in/',
  '/favicon.svg',
];

/** Whole requests as bytes, each on a fresh connection: must get a 4xx answer (or a closed connection), never a crash. */
export const MALFORMED_REQUESTS: Array<{ name: string; bytes: string }> = [
  { name: 'no version', bytes: 'GET /\r\n\r\n' },
  { name: 'unknown version', bytes: 'GET / HTTP/9.9\r\nHost: {host}\r\n\r\n' },
  { name: 'HTTP/1.1 without Host', bytes: 'GET / HTTP/1.1\r\n\r\n' },
  { name: 'space in the target', bytes: 'GET /a b HTTP/1.1\r\nHost: {host}\r\n\r\n' },
  { name: 'absolute-form target of another host', bytes: 'GET http://evil.example/zh/ HTTP/1.1\r\nHost: {host}\r\n\r\n' },
  { name: 'asterisk target', bytes: 'OPTIONS * HTTP/1.1\r\nHost: {host}\r\n\r\n' },
  { name: 'NUL in the target', bytes: 'GET /\u0000 HTTP/1.1\r\nHost: {host}\r\n\r\n' },
  { name: 'bare LF line ends', bytes: 'GET / HTTP/1.1\nHost: {host}\n\n' },
  { name: 'header without colon', bytes: 'GET / HTTP/1.1\r\nHost: {host}\r\nbroken header\r\n\r\n' },
  { name: 'obsolete line folding', bytes: 'GET / HTTP/1.1\r\nHost: {host}\r\nX-A: a\r\n b\r\n\r\n' },
  { name: 'two Content-Lengths', bytes: 'POST /api/basket HTTP/1.1\r\nHost: {host}\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab' },
  {
    name: 'Content-Length and chunked',
    bytes: 'POST /api/basket HTTP/1.1\r\nHost: {host}\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  },
  { name: 'negative Content-Length', bytes: 'POST /api/basket HTTP/1.1\r\nHost: {host}\r\nContent-Length: -1\r\n\r\n' },
  { name: 'bad chunk size', bytes: 'POST /api/basket HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n' },
  { name: 'unknown transfer coding', bytes: 'POST /api/basket HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: gzip\r\n\r\n' },
  { name: 'binary garbage', bytes: '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003' },
  { name: 'TLS handshake on the plain port', bytes: '\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003' },
  { name: 'overlong request line', bytes: `GET /${'a'.repeat(200_000)} HTTP/1.1\r\nHost: {host}\r\n\r\n` },
  {
    name: 'WebSocket upgrade',
    bytes:
      'GET / HTTP/1.1\r\nHost: {host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  },
  {
    name: 'h2c upgrade',
    bytes: 'GET / HTTP/1.1\r\nHost: {host}\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n',
  },
];

/**
 * Bodies streamed with `Transfer-Encoding: chunked` (no declared length) to
 * each kind of body reader: the basket and inquiries APIs, a portal form
 * (readForm), an action call and a form posted to a page's action. Each must
 * be refused (413) while it streams, with the server's memory barely growing.
 */
export const CHUNKED_BOMBS: Array<{ name: string; path: string; type: string; megabytes: number }> = [
  { name: 'basket API', path: '/api/basket', type: 'application/x-www-form-urlencoded', megabytes: 300 },
  { name: 'inquiries API', path: '/api/inquiries', type: 'application/json', megabytes: 200 },
  { name: 'portal sign-in form', path: '/zh/exporter/sign-in/', type: 'application/x-www-form-urlencoded', megabytes: 100 },
  { name: 'inquiry action call', path: '/_actions/inquiry', type: 'application/x-www-form-urlencoded', megabytes: 100 },
  { name: 'inquiry form action', path: '/en/inquiry/?_action=inquiry', type: 'multipart/form-data; boundary=bomb', megabytes: 50 },
];

/** Pages whose links name the site's address (canonical, JSON-LD), asked for with a forged Host or X-Forwarded-Host. */
export const FORGED_HOST_PATHS = [
  '/zh/?forged=1',
  '/en/?forged=2',
  `/en/products/${SALT}/?forged=3`,
  '/zh/exporters/khewra-crystal-salt-works/?forged=4',
  '/api/search?q=salt&forged=5',
];
export const FORGED_HOSTS = ['evil.example', 'evil.example:80', '127.0.0.1.evil.example', 'localhost.evil.example'];
