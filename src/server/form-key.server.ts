import { randomUUID } from 'node:crypto';

/**
 * A new form key (`products.create_key`, `inquiry_messages.client_key`): a page puts it in a hidden field,
 * and whatever is posted with it is done once, however often the form is sent.
 */
export const newFormKey = () => randomUUID();
