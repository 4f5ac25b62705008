import { z } from 'zod';
import { bounded } from '~/features/inquiry/schema';
import { slugSchema } from '~/lib/slug-schema';

/** An inquiry's reference (PKP-2026-000123): the length first, then the pattern. */
export const INQUIRY_REFERENCE = /^PKP-\d{4}-\d{6,}$/;
export const inquiryReference = bounded(40, 'unknown', 'unknown').regex(INQUIRY_REFERENCE, { error: 'unknown' });

/** The reminder button of the operator's inquiry page. */
export const nudgeInput = z.object({ reference: inquiryReference });

/** Passing an inquiry to another exporter: the exporter chosen from the page's list. */
export const reassignInput = z.object({ reference: inquiryReference, to: slugSchema(121, { error: 'notCandidate', typeError: 'notCandidate' }) });
