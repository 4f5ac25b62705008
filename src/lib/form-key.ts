/** A form's key (`products.create_key`, `inquiry_messages.client_key`): what the page put in it, or nothing usable. */
export const FORM_KEY = /^[A-Za-z0-9_-]{16,64}$/;
export function formKeyOf(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 64 && FORM_KEY.test(value) ? value : null;
}
