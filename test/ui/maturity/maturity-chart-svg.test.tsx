// The chart drawn as SVG: one image with its text alternative, the level names on the scale, each row's
// name and the series names in words, and bars only for values that exist, drawn in distinct patterns.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MaturityChartData } from '../../../src/domain/assessment/maturity-self-assessment';
import { MaturityChart } from '../../../src/ui/maturity/MaturityChart';

const DATA: MaturityChartData = {
  levels: ['Low', 'Medium', 'High'],
  rows: [
    { key: 'team-culture', label: 'Team Culture', current: 1, target: 3, earlier: 2 },
    { key: 'devsecops', label: 'DevSecOps', current: null, target: null, earlier: null },
  ],
};

describe('maturity chart', () => {
  it('is one labelled image whose bars, levels and names are all there in words', () => {
    const html = renderToStaticMarkup(
      <MaturityChart data={DATA} summary="Bar chart of the index." withEarlier earlierLabel="Earlier (1 June 2026)" />,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Bar chart of the index."');
    for (const text of ['>Low<', '>Medium<', '>High<', 'Team Culture', 'DevSecOps', '>Now<', '>Target<', '>Earlier<'])
      expect(html).toContain(text);
    expect(html).toContain('Earlier (1 June 2026)');
    // Three bars for the scored row, none for the other, which says so in words.
    expect(html.match(/data-series="/g)).toHaveLength(3);
    expect(html).toContain('Not scored');
    expect(html).toContain('No target');
    // Told apart without colour: a dashed outline for the target, a hatched pattern for the earlier one.
    expect(html).toMatch(
      /data-series="target"[^>]*stroke-dasharray="5 3"|stroke-dasharray="5 3"[^>]*data-series="target"/,
    );
    expect(html).toMatch(/fill="url\(#hatch-/);
  });

  it('leaves out the earlier series when there is nothing to compare with', () => {
    const html = renderToStaticMarkup(<MaturityChart data={DATA} summary="Chart." withEarlier={false} />);
    expect(html).not.toContain('>Earlier<');
    expect(html.match(/data-series="/g)).toHaveLength(2);
  });
});
