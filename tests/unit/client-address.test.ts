import { describe, expect, it } from 'vitest';
import { compileProxyTrust, forwardedClient, rateLimitKey } from '~/server/client-address.server';

/** The rate-limit key the server uses for one request: socket peer, X-Forwarded-For, settings. */
const keyOf = (socket: string, xff: string | null, trustProxy: string, trusted = '') =>
  rateLimitKey(forwardedClient(socket, xff, compileProxyTrust(trustProxy, trusted)));

describe('the client address behind proxies', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    expect(keyOf('198.51.100.4', '1.2.3.4', 'false')).toBe('198.51.100.4');
    expect(keyOf('198.51.100.4', '1.2.3.4', '0')).toBe('198.51.100.4');
  });

  it('takes the address the trusted proxy appended, not the first entry a client wrote', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the load balancer appended the address it saw.
    expect(keyOf('10.0.0.2', '1.2.3.4, 203.0.113.7', '1')).toBe('203.0.113.7');
    // `true` keeps meaning one proxy hop, as before.
    expect(keyOf('10.0.0.2', '1.2.3.4, 203.0.113.7', 'true')).toBe('203.0.113.7');
    // A rotating first entry does not change the key.
    const keys = new Set(Array.from({ length: 50 }, (_, i) => keyOf('10.0.0.2', `9.9.9.${i}, 203.0.113.7`, 'true')));
    expect([...keys]).toEqual(['203.0.113.7']);
    // Two proxies (CDN, then load balancer): the entry the CDN appended.
    expect(keyOf('10.0.0.2', '1.2.3.4, 203.0.113.7, 172.16.0.9', '2')).toBe('203.0.113.7');
  });

  it('walks from the right past the trusted ranges', () => {
    expect(keyOf('10.0.0.2', '1.2.3.4, 203.0.113.7, 10.1.2.3', 'false', '10.0.0.0/8')).toBe('203.0.113.7');
    expect(keyOf('10.0.0.2', 'spoofed, 203.0.113.7, 10.1.2.3, 10.0.0.9', 'false', '10.0.0.0/8, 192.168.0.0/16')).toBe('203.0.113.7');
    // A peer outside the ranges is the client, whatever it forwards.
    expect(keyOf('203.0.113.50', '1.2.3.4', 'false', '10.0.0.0/8')).toBe('203.0.113.50');
    expect(keyOf('::1', '1.2.3.4, 2001:db8::5', 'false', 'loopback')).toBe('2001:db8::/64');
  });

  it('keeps the socket address when the header is missing or every hop is a proxy', () => {
    expect(keyOf('10.0.0.2', null, '1')).toBe('10.0.0.2');
    expect(keyOf('10.0.0.2', '10.0.0.3', 'false', '10.0.0.0/8')).toBe('10.0.0.3');
  });

  it('keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4', () => {
    expect(rateLimitKey('2001:db8:aaaa:bbbb:1:2:3:4')).toBe('2001:db8:aaaa:bbbb::/64');
    expect(rateLimitKey('2001:db8:aaaa:bbbb:ffff:ffff:ffff:ffff')).toBe('2001:db8:aaaa:bbbb::/64');
    expect(rateLimitKey('2001:db8:aaaa:bbbc::1')).toBe('2001:db8:aaaa:bbbc::/64');
    expect(rateLimitKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(rateLimitKey('::ffff:cb00:7105')).toBe('203.0.113.5');
    expect(rateLimitKey(' 203.0.113.5 ')).toBe('203.0.113.5');
    expect(rateLimitKey('not an address')).toBe('unknown');
    expect(rateLimitKey('')).toBe('unknown');
  });

  it('refuses settings it does not understand', () => {
    expect(() => compileProxyTrust('yes')).toThrow(/TRUST_PROXY/);
    expect(() => compileProxyTrust('false', 'not-a-range')).toThrow();
  });
});
