// The map's tables: the matrix, the conflict register, evidence reuse, and the plan. Each has scoped
// headers, says every relation and status in words, and pages a big process instead of drawing it all.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MapLink } from '../../../src/domain/compliance-map/map-model';
import { MAP_RELATIONS, RELATION_LABELS } from '../../../src/domain/compliance-map/map-model';
import { ConflictRegister } from '../../../src/ui/compliance-map/views/ConflictRegister';
import { EvidenceReuseTable } from '../../../src/ui/compliance-map/views/EvidenceReuseTable';
import { RelationMatrix } from '../../../src/ui/compliance-map/views/RelationMatrix';
import { RELATION_TERMS } from '../../../src/ui/compliance-map/views/view-model';
import {
  bigMap,
  central,
  evidenceTitles,
  hrefs,
  makeLink,
  noPlanAnalysis,
  plannedAnalysis,
  plannedMap,
  sampleMap,
} from './sample-map';
import { countOf, textOf } from './render-text';

describe('matrix of links', () => {
  it('puts one process down the side and the other across the top, with scoped headers and relations in words', () => {
    const html = renderToStaticMarkup(<RelationMatrix map={sampleMap} hrefs={hrefs} />);
    expect(html).toContain('<th scope="col">Central route step</th>');
    expect(html).toContain('<th scope="col">Requirements gathering</th>');
    expect(html).toContain('<th scope="row">Build prototypes</th>');
    expect(html).toContain('<a href="#/links/l-alpha">equivalent</a>');
    expect(html).toContain('<a href="#/links/l-ithc">covered by</a> (draft)');
    expect(textOf(html)).toContain("covered by The row's step is covered by the column's step.");
    // Processes are chosen only when there are more than two.
    expect(html).not.toContain('Steps down the side');
  });

  it('has a word and a legend entry for every relation', () => {
    const relationLinks: MapLink[] = MAP_RELATIONS.map((relation, i) =>
      makeLink(`r-${i}`, { processId: 'central', stepId: 'research' }, relation, {
        processId: 'department',
        stepId: 'requirements',
      }),
    );
    const html = renderToStaticMarkup(<RelationMatrix map={{ ...sampleMap, links: relationLinks }} hrefs={hrefs} />);
    const text = textOf(html);
    for (const relation of MAP_RELATIONS) {
      expect(html).toContain(`>${RELATION_TERMS[relation]}</a>`);
      expect(text).toContain(
        `${RELATION_TERMS[relation]} The row's step ${RELATION_LABELS[relation]} the column's step.`,
      );
    }
  });

  it('offers a choice of processes when there are more than two', () => {
    const third = { ...central, id: 'procurement', title: 'Procurement' };
    const html = renderToStaticMarkup(
      <RelationMatrix map={{ ...sampleMap, processes: [...sampleMap.processes, third] }} hrefs={hrefs} />,
    );
    expect(html).toContain('Steps down the side');
    expect(html).toContain('Steps across the top');
    expect(html).toContain('>Procurement</option>');
  });

  it('shows a big process a page at a time, starting with only the steps that have links', () => {
    const { map } = bigMap(2000);
    const html = renderToStaticMarkup(<RelationMatrix map={map} hrefs={hrefs} />);
    expect(countOf(html, '<th scope="row">')).toBe(25);
    expect(countOf(html, '<th scope="col">')).toBe(9);
    expect(html).toContain('checked=""');
    expect(textOf(html)).toContain('200 steps of Central down the side, 200 steps of Department across the top.');
    expect(textOf(html)).toContain('Showing rows 1 to 25 of 200.');
    expect(textOf(html)).toContain('Showing columns 1 to 8 of 200.');
  });
});

describe('conflict register', () => {
  it('lists each contradiction and declared conflict with its register entry, status in words and evidence titles', () => {
    const html = renderToStaticMarkup(
      <ConflictRegister map={sampleMap} analysis={noPlanAnalysis} evidenceTitles={evidenceTitles} hrefs={hrefs} />,
    );
    for (const column of ['Conflict', 'Steps', 'Owner', 'Proposed resolution', 'Status', 'Evidence of agreement']) {
      expect(html).toContain(`<th scope="col">${column}</th>`);
    }
    const text = textOf(html);
    // Each conflict explained in full before the table, then its row.
    expect(text).toContain(
      'What each conflict is Ordering contradiction 1 Department governance says Design sign-off must come before Build prototypes',
    );
    expect(text).toContain(
      'Ordering contradiction 1 Design sign-off (Department governance) Build prototypes (Central route) Jo Evans',
    );
    // The cycle's entry is stored in another order than the cycle is shown: it is still found.
    expect(text).toContain(
      'Jo Evans Sign off the design after the prototypes. Open None yet Edit ordering contradiction 1',
    );
    expect(text).toContain('Declared conflict 1 The centre wants prototypes before the design is fixed.');
    expect(text).toContain(
      'Declared conflict 1 Build prototypes (Central route) Design sign-off (Department governance) Priya Shah',
    );
    expect(text).toContain(
      'Escalated Minutes of the architecture board, 12 November An evidence item that has been deleted Edit declared conflict 1',
    );
    expect(html).toContain('href="#/conflicts/cycle/central:prototype,department:design"');
    expect(html).toContain('<th scope="row">Declared conflict 1</th>');
  });

  it('says every status in words, offers to add a conflict not yet in the register, and keeps entries whose conflict has gone', () => {
    const html = renderToStaticMarkup(
      <ConflictRegister
        map={{ ...plannedMap, conflicts: plannedMap.conflicts.filter((c) => c.subject.type === 'cycle') }}
        analysis={{ ...noPlanAnalysis }}
        evidenceTitles={evidenceTitles}
        hrefs={hrefs}
      />,
    );
    const text = textOf(html);
    expect(text).toContain('Agreed Minutes of the architecture board');
    expect(text).toContain(
      'No owner yet None proposed yet Open (not yet in the register) None yet Add to register declared conflict 1',
    );
    const gone = textOf(
      renderToStaticMarkup(
        <ConflictRegister map={plannedMap} analysis={plannedAnalysis} evidenceTitles={evidenceTitles} hrefs={hrefs} />,
      ),
    );
    expect(gone).toContain('Register entries whose conflict is no longer found');
    expect(gone).toContain(
      'Design sign-off (Department governance), Build prototypes (Central route): agreed, owner Jo Evans. Edit this entry',
    );
  });

  it('offers an exception for an ordering contradiction only, where the page gives its address', () => {
    const html = renderToStaticMarkup(
      <ConflictRegister
        map={sampleMap}
        analysis={noPlanAnalysis}
        evidenceTitles={evidenceTitles}
        hrefs={hrefs}
        exceptionHref={(cycle) => `#/exception/${cycle.steps.length}`}
      />,
    );
    expect(countOf(html, 'Agree an exception')).toBe(noPlanAnalysis.cycles.length);
    expect(textOf(html)).toContain('Agree an exception to settle ordering contradiction 1');
    expect(html).toContain(`href="#/exception/${noPlanAnalysis.cycles[0]?.steps.length}"`);
    const without = renderToStaticMarkup(
      <ConflictRegister map={sampleMap} analysis={noPlanAnalysis} evidenceTitles={evidenceTitles} hrefs={hrefs} />,
    );
    expect(without).not.toContain('Agree an exception');
  });

  it('says so when there are no conflicts', () => {
    const html = renderToStaticMarkup(
      <ConflictRegister
        map={{ ...sampleMap, conflicts: [] }}
        analysis={plannedAnalysis}
        evidenceTitles={{}}
        hrefs={hrefs}
      />,
    );
    expect(textOf(html)).toContain('Declared conflict 1');
    const none = renderToStaticMarkup(
      <ConflictRegister
        map={{ ...sampleMap, conflicts: [] }}
        analysis={{ ...plannedAnalysis, declaredConflicts: [] }}
        evidenceTitles={{}}
        hrefs={hrefs}
      />,
    );
    expect(textOf(none)).toContain(
      'No conflicts: no ordering contradictions were found and no conflicts have been declared.',
    );
    expect(none).not.toContain('<table');
  });
});

describe('evidence reuse', () => {
  it('gives days saved in whole and half days, never with decimals', () => {
    const reuse = noPlanAnalysis.evidenceReuse.map((r) => ({ ...r, daysSaved: 8.3 }));
    const analysis = { ...noPlanAnalysis, evidenceReuse: [...reuse, ...reuse.map((r) => ({ ...r, evidence: 'x' }))] };
    const text = textOf(renderToStaticMarkup(<EvidenceReuseTable map={sampleMap} analysis={analysis} hrefs={hrefs} />));
    expect(text).toContain('Producing each of these once saves about 16 and a half working days in all.');
    expect(text).toContain('(Department governance) about 8 working days');
    expect(text).not.toMatch(/\d\.\d/);
  });

  it('lists the evidence, the steps that ask for it, the days saved and the links that allow it', () => {
    const html = renderToStaticMarkup(<EvidenceReuseTable map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} />);
    expect(html).toContain('<th scope="col">Days saved</th>');
    expect(html).toContain('<th scope="row">Service assessment report</th>');
    const text = textOf(html);
    expect(text).toContain('Producing each of these once saves 8 working days in all.');
    expect(text).toContain(
      'Alpha assessment (Central route) Gate 2 investment decision (Department governance) 8 working days Alpha assessment is equivalent to Gate 2 investment decision',
    );
    const none = textOf(
      renderToStaticMarkup(
        <EvidenceReuseTable map={sampleMap} analysis={{ ...noPlanAnalysis, evidenceReuse: [] }} hrefs={hrefs} />,
      ),
    );
    expect(none).toContain('No evidence can be produced once for both sides yet.');
  });
});
