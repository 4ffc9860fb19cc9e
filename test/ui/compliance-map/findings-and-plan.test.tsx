// The findings summary, the plan (with and without one), unmatched steps, links to review, and the
// suggestion list: all in plain sentences, every control named for the pair it acts on.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FindingsSummary } from '../../../src/ui/compliance-map/views/FindingsSummary';
import { PlanTimeline } from '../../../src/ui/compliance-map/views/PlanTimeline';
import { SuggestionList } from '../../../src/ui/compliance-map/views/SuggestionList';
import { LinksNeedingReview, UnmappedSteps } from '../../../src/ui/compliance-map/views/UnmappedSteps';
import { MAP_SECTION_IDS } from '../../../src/ui/compliance-map/views/view-model';
import { hrefs, noPlanAnalysis, plannedAnalysis, plannedMap, sampleMap } from './sample-map';
import { countOf, textOf } from './render-text';

const noop = () => undefined;

describe('findings summary', () => {
  it('counts every finding in a sentence that links to its section', () => {
    const html = renderToStaticMarkup(<FindingsSummary map={sampleMap} analysis={noPlanAnalysis} />);
    const text = textOf(html);
    expect(text).toContain('1 ordering contradiction: steps that each side wants in an order the other side forbids.');
    expect(text).toContain('1 declared conflict between steps.');
    expect(text).toContain(
      'Steps with no counterpart in another process: 1 step in Central route, 2 steps in Department governance.',
    );
    expect(text).toContain('1 piece of evidence both sides ask for: producing each once saves 8 working days.');
    expect(text).toContain(
      'There is no single plan yet: every ordering contradiction needs an agreed exception first.',
    );
    expect(text).toContain('1 link needs review because a process moved to a newer version.');
    for (const id of [
      MAP_SECTION_IDS.conflicts,
      MAP_SECTION_IDS.unmapped,
      MAP_SECTION_IDS.reuse,
      MAP_SECTION_IDS.plan,
      MAP_SECTION_IDS.review,
    ]) {
      expect(html).toContain(`href="#${id}"`);
    }
  });

  it('says the days saved in whole or half days', () => {
    const evidenceReuse = noPlanAnalysis.evidenceReuse.map((r) => ({ ...r, daysSaved: 8.3 }));
    const text = textOf(
      renderToStaticMarkup(<FindingsSummary map={sampleMap} analysis={{ ...noPlanAnalysis, evidenceReuse }} />),
    );
    expect(text).toContain('producing each once saves about 8 working days.');
  });

  it('gives the plan days against one route after the other when there is a plan', () => {
    const text = textOf(renderToStaticMarkup(<FindingsSummary map={plannedMap} analysis={plannedAnalysis} />));
    expect(text).toContain('No ordering contradictions: the processes can be followed in one order.');
    expect(text).toContain(
      '110 working days following one plan, against 160 following each route one after the other.',
    );
  });
});

describe('plan timeline', () => {
  it('without a plan, says why and lists each contradiction that needs an exception, linked to its register entry', () => {
    const html = renderToStaticMarkup(<PlanTimeline map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} />);
    const text = textOf(html);
    expect(text).toContain(
      'There is no single plan yet: 1 ordering contradiction means no order of work satisfies every process as written. Each needs an exception that both sides agree before a plan can be made:',
    );
    expect(text).toContain('neither can start first. Open its register entry: Design sign-off, Build prototypes');
    expect(html).toContain('href="#/conflicts/cycle/central:prototype,department:design"');
    expect(html).not.toContain('<svg');
  });

  it('on a page whose conflict register explains the contradictions, says why once and points to the register', () => {
    const html = renderToStaticMarkup(
      <PlanTimeline map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} cyclesInRegister />,
    );
    const text = textOf(html);
    expect(text).toContain(
      'There is no single plan yet: 1 ordering contradiction means no order of work satisfies every process as written. The conflict register explains it; a plan can be made once both sides agree an exception for it.',
    );
    expect(html).toContain(`href="#${MAP_SECTION_IDS.conflicts}"`);
    const explanation = noPlanAnalysis.cycles[0]?.explanation ?? 'missing';
    expect(text).not.toContain(explanation);
  });

  it('with a plan, gives the totals, a timeline marked in words, and the same stages as a table', () => {
    const html = renderToStaticMarkup(<PlanTimeline map={plannedMap} analysis={plannedAnalysis} hrefs={hrefs} />);
    const text = textOf(html);
    expect(text).toContain(
      '110 working days following one plan, against 160 following each route one after the other.',
    );
    expect(text).toContain(
      'runs through 5 steps: User research (Central route), then Build prototypes (Central route), then Design sign-off (Department governance)',
    );
    for (const column of ['Stage', 'Steps', 'Days', 'On the critical path'])
      expect(html).toContain(`<th scope="col">${column}</th>`);
    expect(html).toContain('<th scope="row">Stage 4</th>');
    expect(text).toContain(
      'Alpha assessment (Central route) and Gate 2 investment decision (Department governance), done once for both (10 working days, from day 75)',
    );
    // Design sign-off waits for the prototypes (an ordering rule), and the waived rule no longer holds it back.
    expect(text).toContain('Design sign-off (Department governance) (20 working days, from day 55)');
    expect(text).toContain(
      'Security accreditation (Department governance) (25 working days, from day 85) 25 Yes: Security accreditation',
    );
    expect(text).toContain('Records retention review (Department governance) (5 working days, from day 0)');
    expect(countOf(html, '>critical: ')).toBe(5);
    expect(html).toContain('role="img"');
  });
});

describe('unmapped steps and links to review', () => {
  it('lists the steps with no counterpart per process, and each link to review with its reason', () => {
    const text = textOf(
      renderToStaticMarkup(<UnmappedSteps map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} />),
    );
    expect(text).toContain(
      'Central route: 1 step Build prototypes Department governance: 2 steps Design sign-off Records retention review',
    );
    const review = textOf(
      renderToStaticMarkup(<LinksNeedingReview map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} />),
    );
    expect(review).toContain(
      'IT health check (Central route) is covered by Security accreditation (Department governance). The step "IT health check" changed in version 2.0.0. Review the link',
    );
    expect(review).not.toContain('Mark as reviewed');
    const withMark = textOf(
      renderToStaticMarkup(
        <LinksNeedingReview map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} onMarkReviewed={noop} />,
      ),
    );
    expect(withMark).toContain(
      'Review the link: IT health check (Central route) is covered by Security accreditation (Department governance) Mark as reviewed: IT health check',
    );
  });
});

describe('suggestion list', () => {
  it('shows each pair with its match strength and reasons, the suggested relation chosen, and buttons named for the pair', () => {
    const html = renderToStaticMarkup(
      <SuggestionList map={sampleMap} suggestions={noPlanAnalysis.suggestions} onAccept={noop} onReject={noop} />,
    );
    const text = textOf(html);
    expect(text).toContain(
      'IT health check (Central route) and Security accreditation (Department governance) Strong match (score 82 out of 100) Both ask for a penetration test report',
    );
    expect(text).toContain('Good match (score 50 out of 100)');
    expect(text).toContain('Possible match (score 30 out of 100)');
    expect(text).toContain(
      'Accept the link between IT health check (Central route) and Security accreditation (Department governance)',
    );
    expect(text).toContain(
      'Reject the suggestion for IT health check (Central route) and Security accreditation (Department governance)',
    );
    expect(html).toContain('<option value="equal-to" selected="">is the same as (suggested)</option>');
    expect(html).toContain('<option value="must-follow" selected="">must come after (suggested)</option>');
    expect(html).not.toContain('value="conflicts-with"');
    expect(text).toContain('How IT health check relates to Security accreditation');
  });

  it('says when no suggestions are left', () => {
    const text = textOf(
      renderToStaticMarkup(<SuggestionList map={sampleMap} suggestions={[]} onAccept={noop} onReject={noop} />),
    );
    expect(text).toContain('No suggestions left to review.');
  });
});
