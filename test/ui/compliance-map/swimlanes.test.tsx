// The swimlanes: a drawing that is one tab stop with a name for every step, contradictions marked in
// words as well as by pattern, the same steps and links written out beside it, and only a window of
// stages drawn for a big map.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Swimlanes, nextBox } from '../../../src/ui/compliance-map/views/Swimlanes';
import { layoutSwimlanes } from '../../../src/ui/compliance-map/views/swimlane-layout';
import { stepColumns, stepsInCycles } from '../../../src/ui/compliance-map/views/view-model';
import { bigMap, hrefs, noPlanAnalysis, plannedAnalysis, plannedMap, sampleMap } from './sample-map';
import { countOf, textOf } from './render-text';

describe('swimlanes', () => {
  it('names every step box, marks contradictions in words, and is a single tab stop', () => {
    const html = renderToStaticMarkup(<Swimlanes map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} />);
    expect(countOf(html, 'role="button"')).toBe(9);
    expect(countOf(html, 'tabindex="0"')).toBe(1);
    expect(html).toContain(
      'aria-label="Design sign-off, Department governance, position 2, in an ordering contradiction"',
    );
    expect(countOf(html, '⚠ contradiction')).toBe(2);
    // The lines say what they are: the cycle's two rules, the declared conflict, the set relations.
    expect(countOf(html, 'cycle: before')).toBe(2);
    expect(html).toContain('>conflicts<');
    expect(html).toContain('>covered by<');
  });

  it('writes the lanes out in words: each step in order, its place, its links and any contradiction', () => {
    const text = textOf(renderToStaticMarkup(<Swimlanes map={sampleMap} analysis={noPlanAnalysis} hrefs={hrefs} />));
    expect(text).toContain('The swimlanes in words');
    expect(text).toContain(
      'Position 2: Build prototypes (in an ordering contradiction: see the conflict register) Comes after, in its own process: User research.',
    );
    expect(text).toContain('Build prototypes must come after Design sign-off (Department governance) (agreed) Edit');
    expect(text).toContain(
      'IT health check is covered by Security accreditation (Department governance) (draft) Needs review',
    );
    expect(text).toContain('Position 1: Records retention review No links to steps of other processes.');
  });

  it('lays steps out by plan stage when there is a plan, with set-aside rules labelled', () => {
    const html = renderToStaticMarkup(<Swimlanes map={plannedMap} analysis={plannedAnalysis} hrefs={hrefs} />);
    const text = textOf(html);
    expect(text).toContain('Steps run left to right by the stage of the plan');
    expect(text).toContain('Stage 3: Design sign-off');
    expect(html).toContain('before (set aside)');
    expect(html).not.toContain('⚠ contradiction');
  });

  it('draws only a window of stages of a map of 2,000 steps a side, and lists only those in words', () => {
    const { map, analysis } = bigMap(2000);
    const html = renderToStaticMarkup(<Swimlanes map={map} analysis={analysis} hrefs={hrefs} />);
    expect(countOf(html, 'role="button"')).toBe(16);
    expect(textOf(html)).toContain('Showing positions 1 to 8 of 2,000.');
    expect(textOf(html)).toContain('Position 8: Central step 8');
    expect(textOf(html)).not.toContain('Position 9:');
    expect(html).toContain('Next positions');
  });

  it('moves between steps with the arrow keys along a lane and across lanes', () => {
    const columns = stepColumns(sampleMap, noPlanAnalysis);
    const layout = layoutSwimlanes(sampleMap, noPlanAnalysis, columns, stepsInCycles(noPlanAnalysis), 0, 8);
    const key = (k: string) => layout.boxes.find((b) => b.key === k);
    const research = key('central:research');
    const requirements = key('department:requirements');
    if (!research || !requirements) throw new Error('boxes missing');
    expect(nextBox(layout.order, research, 'ArrowRight')?.key).toBe('central:prototype');
    expect(nextBox(layout.order, research, 'ArrowLeft')).toBeNull();
    expect(nextBox(layout.order, research, 'ArrowDown')?.key).toBe('department:requirements');
    // Two steps of a lane share the first place: Down goes to the one under it before leaving the lane.
    expect(nextBox(layout.order, requirements, 'ArrowDown')?.key).toBe('department:records');
    expect(nextBox(layout.order, requirements, 'ArrowRight')?.key).toBe('department:design');
    expect(nextBox(layout.order, requirements, 'ArrowUp')?.key).toBe('central:research');
    expect(nextBox(layout.order, research, 'End')?.key).toBe('central:ithc');
  });
});
