import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { campaignGaps, trendChartData } from '@shared/calc/satisfaction';
import '../../../src/renderer/i18n/i18n';
import {
  ExpectationPerceptionChart,
  GapChart,
  GapTrendChart,
} from '../../../src/renderer/screens/survey/SatisfactionCharts';

/** Charts draw SVG: tests count what is drawn by recharts' class names, as a reader counts bars. */
const drawn = (container: HTMLElement, selector: string) => [...container.querySelectorAll(selector)];
const texts = (container: HTMLElement, selector: string) =>
  drawn(container, selector).map((e) => e.textContent);

const rows = [
  { dimensionId: 't', name: 'Tangibles', expectation: 6, perception: 5, gap: -1 },
  { dimensionId: 'r', name: 'Reliability', expectation: 6.5, perception: 6.75, gap: 0.25 },
  { dimensionId: 's', name: 'Responsiveness', expectation: 6.25, perception: 2.75, gap: -3.5 },
];

describe('ExpectationPerceptionChart', () => {
  it('draws expectation and perception side by side for each dimension, on the survey’s scale', () => {
    const { container } = render(
      <ExpectationPerceptionChart
        title="Expectation and perception"
        rows={rows}
        scale={{ min: 1, max: 7 }}
      />,
    );
    expect(drawn(container, '.recharts-bar')).toHaveLength(2);
    expect(drawn(container, '.recharts-bar-rectangle')).toHaveLength(6);
    expect(texts(container, '.recharts-legend-item-text')).toEqual(['Expectation', 'Perception']);
    expect(texts(container, '.recharts-xAxis-tick-labels text').join(' ')).toContain('Responsiveness');
    expect(texts(container, '.recharts-yAxis-tick-labels text')).toContain('7');
  });
});

describe('GapChart', () => {
  it('draws a bar per dimension from a zero line, each with its gap written beyond its end', () => {
    const { container } = render(<GapChart title="Gap by dimension" rows={rows} />);
    expect(drawn(container, '.recharts-bar-rectangle')).toHaveLength(3);
    expect(drawn(container, '.recharts-reference-line')).toHaveLength(1);
    const labels = drawn(container, '.recharts-label-list text');
    expect(labels.map((l) => l.textContent)).toEqual(['−1.00', '+0.25', '−3.50']);
    // Shortfalls are written left of their bar, surpluses right of theirs.
    expect(labels.map((l) => l.getAttribute('text-anchor'))).toEqual(['end', 'start', 'end']);
    // The longest bar leaves at least a point and a quarter of room: −3.5 on an axis from −6 to +6.
    const ticks = texts(container, '.recharts-xAxis-tick-labels text');
    expect(ticks[0]).toBe('−6');
    expect(ticks.at(-1)).toBe('+6');
    expect(ticks).toContain('0');
  });
});

describe('GapTrendChart', () => {
  it('draws the overall gap and one line per dimension across the campaigns, with a zero line', () => {
    const survey = (id: string, periodEnd: string, perception: number) => ({
      id,
      title: id,
      periodEnd,
      dimensions: [
        { id: 'd1', key: 'tangibles', name: 'Tangibles', nameFr: 'Éléments tangibles', weight: null },
        { id: 'd2', key: 'empathy', name: 'Empathy', nameFr: 'Empathie', weight: null },
      ],
      items: [
        { id: 'i1', dimensionId: 'd1' },
        { id: 'i2', dimensionId: 'd2' },
      ],
      responses: [
        {
          answers: [
            { itemId: 'i1', expectation: 6, perception },
            { itemId: 'i2', expectation: 6, perception: 5 },
          ],
        },
      ],
    });
    const campaigns = [survey('Spring', '2026-03-31', 3), survey('Autumn', '2026-10-31', 5)].map(
      campaignGaps,
    );
    const { rows: trendRows, series } = trendChartData(campaigns, (c) => c.periodEnd.slice(0, 7));
    const { container } = render(
      <GapTrendChart
        title="Gaps across campaigns"
        rows={trendRows}
        series={series}
        campaignTitles={campaigns.map((c) => c.title)}
      />,
    );
    expect(drawn(container, '.recharts-line')).toHaveLength(3);
    expect(texts(container, '.recharts-legend-item-text')).toEqual(['Overall gap', 'Tangibles', 'Empathy']);
    expect(drawn(container, '.recharts-reference-line')).toHaveLength(1);
    expect(texts(container, '.recharts-xAxis-tick-labels text')).toEqual(['2026-03', '2026-10']);
    // A dot for each campaign on each line.
    expect(drawn(container, '.recharts-line-dot')).toHaveLength(6);
    // Spring: (−3 −1)/2 = −2; autumn: (−1 −1)/2 = −1: the axis runs from −3 to 0.
    expect(texts(container, '.recharts-yAxis-tick-labels text')).toEqual(['−3', '−2', '−1', '0']);
  });
});
