import { describe, expect, it } from 'vitest';
import { EVIDENCE_LIMITS, type EvidenceDraft, type EvidenceItem } from '../../src/domain/evidence';
import {
  compareEvidence,
  describeSource,
  draftFromEvidence,
  emptyEvidenceDraft,
  evidenceFromDraft,
  evidenceOwners,
  filterEvidence,
  groupUses,
  isRealDate,
  NO_EVIDENCE_FILTER,
  validateEvidenceDraft,
  type EvidenceUse,
} from '../../src/domain/evidence-rules';
import { evidenceRecordSchema } from '../../src/domain/record-schemas';

const draft = (over: Partial<EvidenceDraft> = {}): EvidenceDraft => ({
  ...emptyEvidenceDraft(),
  title: 'User research round 1',
  ...over,
});
const now = new Date('2026-11-30T09:00:00Z');

function item(over: Partial<EvidenceItem>): EvidenceItem {
  return {
    ...evidenceFromDraft(draft(), { id: 'e', projectId: 'p1' }, now),
    ...over,
  };
}

describe('validateEvidenceDraft', () => {
  it('accepts a draft with only a title', () => {
    expect(validateEvidenceDraft(draft())).toEqual({});
  });

  it('asks for a title and limits every text field', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(validateEvidenceDraft(draft({ title: '  ' }))).toEqual({ title: 'Enter a title for the evidence' });
    const errors = validateEvidenceDraft(
      draft({
        title: long(EVIDENCE_LIMITS.title),
        owner: long(EVIDENCE_LIMITS.owner),
        description: long(EVIDENCE_LIMITS.description),
      }),
    );
    expect(errors).toEqual({
      title: 'Title must be 200 characters or fewer',
      owner: 'Owner must be 120 characters or fewer',
      description: 'Description must be 4000 characters or fewer',
    });
  });

  it('accepts only http and https links', () => {
    expect(
      validateEvidenceDraft(draft({ source: { type: 'link', url: 'https://www.gov.uk/service-manual' } })),
    ).toEqual({});
    for (const url of ['javascript:alert(1)', 'mailto:a@b.gov.uk', 'file:///C:/x.docx', 'www.gov.uk', 'https://a b'])
      expect(validateEvidenceDraft(draft({ source: { type: 'link', url } })).link).toBe(
        'Enter a web address that starts with https:// or http://, like https://www.gov.uk',
      );
    expect(validateEvidenceDraft(draft({ source: { type: 'link', url: ' ' } })).link).toBe(
      'Enter the web address of the evidence',
    );
  });

  it('asks for a file path when the evidence is a file kept elsewhere', () => {
    expect(validateEvidenceDraft(draft({ source: { type: 'path', path: '' } })).path).toBe(
      'Enter where the file is kept, such as a shared drive path',
    );
    expect(validateEvidenceDraft(draft({ source: { type: 'path', path: 'S:\\Team\\research.docx' } }))).toEqual({});
  });

  it('asks for a file to attach and names a file over the limit', () => {
    const source = { type: 'file', attachmentId: '' } as const;
    expect(validateEvidenceDraft(draft({ source })).file).toBe('Choose a file to attach');
    expect(validateEvidenceDraft(draft({ source }), { name: 'notes.pdf', size: 1000 })).toEqual({});
    expect(
      validateEvidenceDraft(draft({ source }), { name: 'video.mp4', size: EVIDENCE_LIMITS.attachmentBytes + 1 }).file,
    ).toBe('video.mp4 is 25 MB, larger than the limit of 25 MB for one attached file');
    expect(validateEvidenceDraft(draft({ source: { type: 'file', attachmentId: 'a1' } }))).toEqual({});
  });

  it('accepts an empty date or a real one, and refuses dates that do not exist', () => {
    expect(validateEvidenceDraft(draft({ date: '' }))).toEqual({});
    expect(validateEvidenceDraft(draft({ date: '2028-02-29' }))).toEqual({});
    for (const date of ['2027-02-29', '2026-04-31', '2026-13-01', '26-01-01', 'yesterday', '2026-1-1'])
      expect(validateEvidenceDraft(draft({ date })).date).toBe('Enter a real date, for example 27 3 2026');
  });
});

describe('isRealDate', () => {
  it('knows leap years', () => {
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
  });
});

describe('evidenceFromDraft', () => {
  it('trims text, stores an empty date as null and makes a record the schema accepts', () => {
    const made = evidenceFromDraft(
      draft({ title: ' Survey ', owner: ' Sam ', source: { type: 'link', url: ' https://example.gov.uk/x ' } }),
      { id: 'e1', projectId: 'p1' },
      now,
    );
    expect(made).toMatchObject({
      title: 'Survey',
      owner: 'Sam',
      date: null,
      source: { url: 'https://example.gov.uk/x' },
    });
    expect(evidenceRecordSchema.safeParse(made).success).toBe(true);
    expect(draftFromEvidence(made).date).toBe('');
  });

  it('keeps the creation time when editing', () => {
    const first = evidenceFromDraft(draft(), { id: 'e1', projectId: 'p1' }, now);
    const later = evidenceFromDraft(
      draft({ title: 'New' }),
      { id: 'e1', projectId: 'p1' },
      new Date('2026-12-01T00:00:00Z'),
      first,
    );
    expect(later.createdAt).toBe(first.createdAt);
    expect(later.updatedAt).toBe('2026-12-01T00:00:00.000Z');
  });

  it('refuses an invalid draft', () => {
    expect(() => evidenceFromDraft(draft({ title: '' }), { id: 'e1', projectId: 'p1' }, now)).toThrow(
      'Enter a title for the evidence',
    );
  });
});

describe('filterEvidence', () => {
  const items = [
    item({ id: 'a', title: 'Café survey results', kind: 'research-finding', owner: 'Priya', date: '2026-05-01' }),
    item({ id: 'b', title: 'Prototype v2', kind: 'prototype', owner: 'Sam', date: null, description: 'Clickable' }),
    item({
      id: 'c',
      title: 'Decision to use GOV.UK Notify',
      kind: 'decision-record',
      owner: 'Sam',
      date: '2026-06-01',
    }),
  ];

  it('lists newest dated evidence first and undated last', () => {
    expect(filterEvidence(items, NO_EVIDENCE_FILTER).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    for (const one of items) expect(compareEvidence(one, one)).toBe(0);
  });

  it('finds every word typed, ignoring case and accents, in title, description, owner and kind', () => {
    expect(filterEvidence(items, { ...NO_EVIDENCE_FILTER, text: 'cafe SURVEY' }).map((i) => i.id)).toEqual(['a']);
    expect(filterEvidence(items, { ...NO_EVIDENCE_FILTER, text: 'clickable' }).map((i) => i.id)).toEqual(['b']);
    expect(filterEvidence(items, { ...NO_EVIDENCE_FILTER, text: 'decision record' }).map((i) => i.id)).toEqual(['c']);
    expect(filterEvidence(items, { ...NO_EVIDENCE_FILTER, text: 'survey prototype' })).toEqual([]);
  });

  it('filters by kind and owner together', () => {
    expect(filterEvidence(items, { text: '', kind: null, owner: 'Sam' }).map((i) => i.id)).toEqual(['c', 'b']);
    expect(filterEvidence(items, { text: '', kind: 'prototype', owner: 'Sam' }).map((i) => i.id)).toEqual(['b']);
    expect(filterEvidence(items, { text: '', kind: 'prototype', owner: 'Priya' })).toEqual([]);
  });

  it('offers each owner once, in order', () => {
    expect(evidenceOwners([...items, item({ id: 'd', owner: ' ' })])).toEqual(['Priya', 'Sam']);
  });
});

describe('describeSource and groupUses', () => {
  it('says where the evidence is', () => {
    expect(describeSource({ type: 'none' })).toBe('Not recorded');
    expect(describeSource({ type: 'path', path: 'S:\\a.docx' })).toBe('S:\\a.docx');
    expect(describeSource({ type: 'file', attachmentId: 'x' }, 'a.pdf')).toBe('Attached file: a.pdf');
  });

  it('groups uses by work area in the order given', () => {
    const uses: EvidenceUse[] = [
      { area: 'assessments', label: 'Point 2', where: '/a#2' },
      { area: 'business-case', label: 'Strategic case', where: '/b#s' },
      { area: 'assessments', label: 'Point 1', where: '/a#1' },
    ];
    expect(groupUses(uses, ['business-case', 'assessments', 'compliance-map'])).toEqual([
      [uses[1]],
      [uses[2], uses[0]],
    ]);
  });
});
