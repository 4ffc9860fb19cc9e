// The browser build is served with the page's security policy as a header, and may not be framed
// by another site (which a policy in a meta tag cannot forbid).
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';

describe('the browser build server', () => {
  it('sends the Content-Security-Policy and refuses framing', async () => {
    const response = await fetch(baseUrl());
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
