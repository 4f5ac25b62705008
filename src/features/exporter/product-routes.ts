/**
 * Every route of the exporters' products and photos, with what an unwanted
 * caller gets: pages send anonymous visitors to sign-in (303) and the operator
 * to the forbidden page (303); APIs answer 401 and 403. A product or photo of
 * another exporter (by id in the URL, or a photo key in the form) is a 404
 * and nothing changes. `{id}` is a product id, `{upload}` an upload id.
 */
export const PRODUCT_ROUTES = [
  { method: 'GET', path: '/{locale}/exporter/products/', kind: 'page', what: 'own products, every status' },
  { method: 'GET', path: '/{locale}/exporter/products/new/', kind: 'page', what: 'editor of a new product' },
  { method: 'POST', path: '/{locale}/exporter/products/new/', kind: 'page', what: 'create a draft (multipart; intent=upload adds a photo)' },
  { method: 'GET', path: '/{locale}/exporter/products/{id}/', kind: 'page', what: 'editor of one own product', owned: true },
  { method: 'POST', path: '/{locale}/exporter/products/{id}/', kind: 'page', what: 'save an own product (multipart; intent=upload adds a photo)', owned: true },
  { method: 'POST', path: '/{locale}/exporter/products/{id}/status', kind: 'page', what: 'publish or withdraw (status=published|draft)', owned: true },
  { method: 'POST', path: '/{locale}/exporter/products/{id}/duplicate', kind: 'page', what: 'a draft copy (formKey: one copy per form)', owned: true },
  { method: 'GET', path: '/{locale}/exporter/products/{id}/delete/', kind: 'page', what: 'what deleting does, and the button', owned: true },
  {
    method: 'POST',
    path: '/{locale}/exporter/products/{id}/delete/',
    kind: 'page',
    what: 'delete (confirm=delete); the public address answers 410',
    owned: true,
  },
  { method: 'GET', path: '/{locale}/exporter/products/{id}/preview/', kind: 'page', what: 'both languages side by side', owned: true },
  { method: 'POST', path: '/api/exporter/uploads', kind: 'api', what: 'upload a photo (raw body or multipart file)' },
  { method: 'DELETE', path: '/api/exporter/uploads/{upload}', kind: 'api', what: 'delete an own photo', owned: true },
] as const;
