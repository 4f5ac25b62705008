import { z } from 'zod';
import { slugPattern } from './slug';

/**
 * A slug field of at most `maxLength` characters: the length is checked first
 * and stops validation, then the pattern. `error` is the message code of both
 * checks and `typeError` that of a value that is not a string; without them
 * zod's own messages are used.
 */
export function slugSchema(maxLength: number, messages: { error?: string; typeError?: string } = {}) {
  const error = messages.error === undefined ? {} : { error: messages.error };
  return z
    .string(messages.typeError === undefined ? undefined : { error: messages.typeError })
    .max(maxLength, { ...error, abort: true })
    .regex(slugPattern(maxLength), error);
}
