import { INQUIRY_CATEGORY_MAX, INQUIRY_LIMIT_PER_EMAIL, INQUIRY_LIMIT_PER_IP } from 'astro:env/server';
import { DEFAULT_LIMITS, type InquiryLimits } from './handle.server';

/** The inquiry limits this deployment runs with (astro:env), over the defaults. */
export function inquiryLimits(): InquiryLimits {
  return { ...DEFAULT_LIMITS, perIp: INQUIRY_LIMIT_PER_IP, perEmail: INQUIRY_LIMIT_PER_EMAIL, categoryMax: INQUIRY_CATEGORY_MAX };
}
