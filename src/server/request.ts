import { INQUIRY_CATEGORY_MAX, INQUIRY_LIMIT_PER_EMAIL, INQUIRY_LIMIT_PER_IP, SIGNIN_LIMIT_PER_IP, TRUST_PROXY } from 'astro:env/server';
import { DEFAULT_LIMITS, type InquiryLimits } from './inquiry/handle';

/** The client's address: the socket's, or the first X-Forwarded-For hop when behind a trusted proxy. */
export function clientIp(request: Request, clientAddress: string): string {
  if (TRUST_PROXY) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return clientAddress;
}

export function inquiryLimits(): InquiryLimits {
  return { ...DEFAULT_LIMITS, perIp: INQUIRY_LIMIT_PER_IP, perEmail: INQUIRY_LIMIT_PER_EMAIL, categoryMax: INQUIRY_CATEGORY_MAX };
}

/** Sign-in and password-reset attempts allowed per client address in ten minutes. */
export const signInLimitPerIp = () => SIGNIN_LIMIT_PER_IP;
