// Guides, pack text and READMEs describe only what Waymark does: none tells people to use a work area that
// is not available. The list of areas and whether each is available is src/domain/work-areas.ts, the same
// list the screens read to say "coming soon".
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORK_AREAS, type WorkArea } from '../../src/domain/work-areas';
import { mentionsOfUnavailableAreas } from './work-area-mentions';

const ROOT = join(import.meta.dirname, '../..');

/** Every file of the built-in packs (YAML, CSV, Markdown guides and READMEs) and the product README. */
function textFiles(): string[] {
  const packFiles = readdirSync(join(ROOT, 'templates'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ya?ml|md|csv)$/.test(path))
    .map((path) => join(ROOT, 'templates', path));
  return [...packFiles, join(ROOT, 'README.md')].sort();
}

function findings(areas: readonly WorkArea[]): string[] {
  return textFiles().flatMap((file) =>
    mentionsOfUnavailableAreas(readFileSync(file, 'utf8'), areas).map(
      (m) => `${relative(ROOT, file)} sends people to the ${m.area} area: "${m.sentence}"`,
    ),
  );
}

describe('guides and packs name only work areas that are available', () => {
  it('no guide, pack text or README line tells people to use an area that is not available', () => {
    expect(findings(WORK_AREAS)).toEqual([]);
  });

  it('catches a sentence that names an unavailable area, or sends people to it in Waymark', () => {
    const areas = WORK_AREAS.map((area) => ({ ...area, available: false }));
    expect(
      mentionsOfUnavailableAreas(
        'Record each clash in the conflict register. Then run a self-assessment in Waymark. Hold a mock assessment.',
        areas,
      ).map((m) => [m.area, m.sentence]),
    ).toEqual([
      ['compliance-map', 'Record each clash in the conflict register.'],
      ['assessments', 'Then run a self-assessment in Waymark.'],
    ]);
  });

  it('allows the same words once the area is available, and in a sentence that says it is coming', () => {
    const evidenceAvailable = WORK_AREAS.map((area) => ({ ...area, available: area.id === 'evidence' }));
    expect(mentionsOfUnavailableAreas('Add it to the evidence library in Waymark.', evidenceAvailable)).toEqual([]);
    expect(
      mentionsOfUnavailableAreas('Coming next: assessment preparation and compliance maps.', evidenceAvailable),
    ).toEqual([]);
  });

  it('fails for the built-in text when an area it mentions is marked unavailable', () => {
    const withEdit = 'In Waymark, one evidence record can support several points.';
    const areas = WORK_AREAS.map((area) => ({ ...area, available: false }));
    expect(mentionsOfUnavailableAreas(withEdit, areas).map((m) => m.area)).toEqual(['evidence']);
  });
});
