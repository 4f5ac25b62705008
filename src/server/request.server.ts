import { SIGNIN_LIMIT_PER_IP, TRUST_PROXY, TRUSTED_PROXIES } from 'astro:env/server';
import { compileProxyTrust, forwardedClient, rateLimitKey, type ProxyTrust } from './client-address.server';

let trust: ProxyTrust | null = null;
function configuredTrust(): ProxyTrust {
  try {
    trust ??= compileProxyTrust(String(TRUST_PROXY ?? 'false'), TRUSTED_PROXIES ?? '');
  } catch (error) {
    // A setting we cannot read trusts no proxy: every client is keyed by the socket's peer, never by a header it wrote.
    console.error(`${(error as Error).message}; trusting no proxy`);
    trust = () => false;
  }
  return trust;
}

/**
 * The client's rate-limit key (see `rateLimitKey`): from the socket's peer,
 * or, behind trusted proxies, from the hop they appended to X-Forwarded-For.
 */
export function clientIp(request: Request, clientAddress: string): string {
  return rateLimitKey(forwardedClient(clientAddress, request.headers.get('x-forwarded-for'), configuredTrust()));
}

/** Sign-in and password-reset attempts allowed per client address in ten minutes. */
export const signInLimitPerIp = () => SIGNIN_LIMIT_PER_IP;
