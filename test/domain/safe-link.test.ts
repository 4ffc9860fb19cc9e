import { describe, expect, it } from 'vitest';
import { isSafeExternalLink, mailtoQueryProblem } from '../../src/domain/safe-link';

describe('isSafeExternalLink', () => {
  it.each([
    ['https://www.gov.uk/service-manual', true],
    ['http://example.org/a?b=c#d', true],
    ['mailto:team@example.org', true],
    ['mailto:team@example.org?subject=Hello&body=Hi', true],
    ['mailto:team@example.org?attach=~/.ssh/id_rsa', false],
    ['mailto:team@example.org?Subject=x&X-Attach=y', false],
    ['https://user:secret@example.org/', false],
    ['https://a/><img/src=x/onerror=alert(1)>', false],
    ['https://example.org/"quoted"', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['file:///etc/passwd', false],
    ['//example.org/x', false],
    ['../relative', false],
    [`https://example.org/${'a'.repeat(2100)}`, false],
  ])('%s -> %s', (link, safe) => {
    expect(isSafeExternalLink(link)).toBe(safe);
  });
});

describe('mailtoQueryProblem', () => {
  it('names the field that is not allowed', () => {
    expect(mailtoQueryProblem(new URL('mailto:a@b.org?attach=/etc/passwd'))).toBe(
      'asks the email program for "attach", which is not allowed; only subject, body, cc and bcc are',
    );
    expect(mailtoQueryProblem(new URL('mailto:a@b.org?cc=c@d.org'))).toBeNull();
  });
});
