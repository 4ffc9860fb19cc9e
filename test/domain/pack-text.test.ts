// The plain-text, address and version rules of the pack format.
import { describe, expect, it } from 'vitest';
import { formatPackProblem } from '../../src/domain/pack';
import {
  findHtmlTag,
  plainTextProblem,
  webAddressProblem,
  IDENTIFIER_PATTERN,
  REFERENCE_PATTERN,
} from '../../src/domain/pack-text';
import { compareVersions } from '../../src/domain/pack-version';

describe('plain text', () => {
  it('finds tags, comments and processing instructions, but not comparisons', () => {
    expect(findHtmlTag('a <b>bold</b>')).toBe('<b>');
    expect(findHtmlTag('<svg/onload=alert(1)>')).toBe('<svg/onload=alert(1)>');
    expect(findHtmlTag('x <!-- y -->')).toBe('<!-- y -->');
    expect(findHtmlTag('costs < 5k, a<=b, 3<4, <-- arrow')).toBeNull();
  });

  it('says what is wrong with text that is not plain', () => {
    expect(plainTextProblem('fine text, with (brackets) & ampersands')).toBeNull();
    expect(plainTextProblem('go to vbscript:msgbox')).toMatch(/script address/);
    expect(plainTextProblem('tab\tand\nnewline are fine')).toBeNull();
    expect(plainTextProblem('bell\u0007')).toMatch(/control character/);
  });
});

describe('web addresses', () => {
  it('accepts https, http and mailto only', () => {
    expect(webAddressProblem('https://www.gov.uk/service-manual')).toBeNull();
    expect(webAddressProblem('http://example.org')).toBeNull();
    expect(webAddressProblem('mailto:team@example.org')).toBeNull();
    expect(webAddressProblem('javascript:alert(1)')).toMatch(/uses "javascript:"/);
    expect(webAddressProblem('JAVASCRIPT:alert(1)')).toMatch(/uses "javascript:"/);
    expect(webAddressProblem('mailto:nobody')).toMatch(/not a valid email/);
    expect(webAddressProblem('https://exa mple.org')).toMatch(/spaces or quotes/);
    expect(webAddressProblem('www.example.org')).toMatch(/not a full web address/);
  });
});

describe('identifiers and references', () => {
  it('accepts lowercase ids of 1 to 64 characters starting with a letter or digit', () => {
    expect(IDENTIFIER_PATTERN.test('gov-uk-service-standard')).toBe(true);
    expect(IDENTIFIER_PATTERN.test('1.2')).toBe(true);
    expect(IDENTIFIER_PATTERN.test('-x')).toBe(false);
    expect(IDENTIFIER_PATTERN.test('Upper')).toBe(false);
    expect(IDENTIFIER_PATTERN.test('a'.repeat(65))).toBe(false);
  });

  it('parses references with and without a pack id', () => {
    expect(REFERENCE_PATTERN.exec('pack/template#7')?.slice(1)).toEqual(['pack', 'template', '7']);
    expect(REFERENCE_PATTERN.exec('template#strategic')?.slice(1)).toEqual([undefined, 'template', 'strategic']);
    expect(REFERENCE_PATTERN.test('template')).toBe(false);
  });
});

describe('versions', () => {
  it('orders versions by semantic versioning rules', () => {
    expect(compareVersions('1.0.0', '1.0.1')).toBeLessThan(0);
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0-beta.2', '2.0.0-beta.10')).toBeLessThan(0);
    expect(compareVersions('2.0.0-beta', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-alpha.1', '2.0.0-alpha.beta')).toBeLessThan(0);
    expect(compareVersions('1.0.0+build.1', '1.0.0')).toBe(0);
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(/not a semantic version/);
  });
});

describe('problem lines', () => {
  it('writes file, place and reason on one line, and pack-wide problems as a sentence', () => {
    expect(
      formatPackProblem({ file: 'standards/x.yaml', location: 'points[3]', message: 'the point has no title' }),
    ).toBe('standards/x.yaml, points[3]: the point has no title');
    expect(formatPackProblem({ file: 'pack.yaml', location: '', message: 'the pack has no pack.yaml' })).toBe(
      'pack.yaml: the pack has no pack.yaml',
    );
    expect(formatPackProblem({ file: '', location: '', message: 'the pack has no templates' })).toBe(
      'The pack has no templates',
    );
  });
});
