// The template picker tells a template and a copy of it apart.
import { describe, expect, it } from 'vitest';
import { templateChoiceLabels, type TemplateChoice } from '../../src/ui/components/template-choices';

const gov: TemplateChoice = {
  key: 'gov-uk-service-standard/gov-uk-service-standard',
  title: 'GOV.UK Service Standard',
  version: '1.0.0',
  packId: 'gov-uk-service-standard',
  packName: 'GOV.UK Service Standard',
  publisher: 'Government Digital Service',
};

describe('template picker labels', () => {
  it('names a template by title and version when nothing else reads the same', () => {
    const other = { ...gov, key: 'x/y', title: 'Technology Code of Practice' };
    expect([...templateChoiceLabels([gov, other]).values()]).toEqual([
      'GOV.UK Service Standard (1.0.0)',
      'Technology Code of Practice (1.0.0)',
    ]);
  });

  it('adds the pack and publisher to a template and its copy', () => {
    const copy = {
      ...gov,
      key: 'rivers/gov-uk-service-standard',
      packId: 'rivers',
      packName: 'Rivers checklists',
      publisher: 'Department for Rivers',
    };
    const labels = templateChoiceLabels([gov, copy]);
    expect(labels.get(gov.key)).toBe(
      'GOV.UK Service Standard (1.0.0), in GOV.UK Service Standard (Government Digital Service)',
    );
    expect(labels.get(copy.key)).toBe('GOV.UK Service Standard (1.0.0), in Rivers checklists (Department for Rivers)');
  });

  it('falls back to the pack id when two packs share a name and publisher', () => {
    const twin = { ...gov, key: 'twin/gov-uk-service-standard', packId: 'twin' };
    const labels = templateChoiceLabels([gov, twin]);
    expect(new Set(labels.values()).size).toBe(2);
    expect(labels.get(twin.key)).toContain('pack twin');
  });
});
