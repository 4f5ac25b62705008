import ipaddr from 'ipaddr.js';
import type { IncomingHttpHeaders } from 'node:http';
import proxyaddr from 'proxy-addr';

/*
 * The client address behind reverse proxies, and the key rate limits count
 * it under. Pure functions of the settings and the request's values, so the
 * rules can be tested without a server; src/server/request.ts applies them.
 */

/** Says whether the hop at `index` (0 = the socket's peer, then X-Forwarded-For from the right) is a proxy of ours. */
export type ProxyTrust = (address: string, index: number) => boolean;

/**
 * Which hops to trust, from the settings: `TRUST_PROXY` is a number of proxy
 * hops in front of the server (`true` means 1, `false`/`0` none) and
 * `TRUSTED_PROXIES` a comma-separated list of addresses or CIDR ranges (or
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal`). A hop is
 * trusted when either says so. Throws on a value it does not understand.
 */
export function compileProxyTrust(trustProxy: string, trustedProxies = ''): ProxyTrust {
  const setting = trustProxy.trim().toLowerCase();
  const hops = setting === 'true' ? 1 : setting === 'false' || setting === '' ? 0 : /^\d{1,2}$/.test(setting) ? Number(setting) : Number.NaN;
  if (!Number.isInteger(hops)) throw new Error(`TRUST_PROXY must be true, false or a number of proxy hops, not ${JSON.stringify(trustProxy)}`);
  const ranges = trustedProxies
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const inRanges = ranges.length ? proxyaddr.compile(ranges) : () => false;
  return (address, index) => index < hops || inRanges(address, index);
}

/**
 * The address of the client, as the proxies we trust saw it: walking from the
 * socket's peer leftwards through `X-Forwarded-For`, the first hop that is not
 * a trusted proxy. Entries left of it were written by the client and are
 * ignored, so a client cannot pick its own address by sending the header.
 */
export function forwardedClient(socketAddress: string, forwardedFor: string | null, trust: ProxyTrust): string {
  const request: ForwardedRequest = { socket: { remoteAddress: socketAddress }, headers: forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor } };
  return proxy.address(request, trust);
}

/** What proxy-addr reads of a request: the peer's address and X-Forwarded-For. Its types ask for a whole IncomingMessage. */
interface ForwardedRequest {
  socket: { remoteAddress?: string | undefined };
  headers: IncomingHttpHeaders;
}

/** proxy-addr typed for the part of a request it reads; a method signature, so an IncomingMessage parameter still fits it. */
const proxy: { address(request: ForwardedRequest, trust: ProxyTrust): string } = { address: proxyaddr };

/**
 * The key a client address is counted under by rate limits: IPv4 as it is
 * (also when written IPv4-mapped, `::ffff:203.0.113.5`), IPv6 by its /64 —
 * one subscriber's network, whose 2^64 addresses would otherwise each get a
 * limit of their own. Anything that is not an address shares one key.
 */
export function rateLimitKey(address: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address.trim());
  } catch {
    return 'unknown';
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const prefix = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...prefix, 0, 0, 0, 0]).toString()}/64`;
}
