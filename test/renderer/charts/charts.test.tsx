import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chartRows } from '@shared/calc/trends';
import { BudgetChart } from '../../../src/renderer/charts/BudgetChart';
import { BurnUpChart } from '../../../src/renderer/charts/BurnUpChart';
import { wrapLabel } from '../../../src/renderer/charts/labels';
import { LevelSparkline } from '../../../src/renderer/charts/LevelSparkline';
import { LevelsOverTimeChart } from '../../../src/renderer/charts/LevelsOverTimeChart';
import { TargetRadar } from '../../../src/renderer/charts/TargetRadar';
import { TargetTrendChart } from '../../../src/renderer/charts/TargetTrendChart';
import { i18n } from '../../../src/renderer/i18n/i18n';

/** Charts draw SVG: tests count what is drawn by recharts' class names, as a reader counts lines. */
const drawn = (container: HTMLElement, selector: string) => container.querySelectorAll(selector);
const legendTexts = (container: HTMLElement) =>
  [...drawn(container, '.recharts-legend-item-text')].map((item) => item.textContent);

const radarData = [
  { dimensionId: 'sla', name: 'SLA compliance', baseline: 1, current: 2, target: 3, targeted: true },
  { dimensionId: 'gov', name: 'Contract governance', baseline: 2, current: 2, target: 2, targeted: false },
  { dimensionId: 'chg', name: 'Change control', baseline: 1, current: 3, target: 3, targeted: false },
  {
    dimensionId: 'inc',
    name: 'Incident and problem control',
    baseline: 2,
    current: null,
    target: null,
    targeted: false,
  },
  { dimensionId: 'rep', name: 'Reporting and KPIs', baseline: 2, current: 3, target: 4, targeted: true },
];

describe('TargetRadar', () => {
  it('draws baseline, current and target on one spoke per dimension, targeted names in bold', () => {
    const { container } = render(
      <TargetRadar title="Where the team stands" data={radarData} minLevel={0} maxLevel={5} />,
    );
    expect(drawn(container, '.recharts-radar')).toHaveLength(3);
    const spokes = [...drawn(container, '.recharts-polar-angle-axis-tick text')];
    expect(spokes.map((spoke) => spoke.querySelector('title')?.textContent)).toEqual(
      radarData.map((d) => d.name),
    );
    expect(spokes.filter((spoke) => spoke.getAttribute('font-weight') === '700')).toHaveLength(2);
    // In the order of the table's columns, not by name.
    expect(legendTexts(container)).toEqual(['Baseline', 'Current level', 'Target']);
    // Rings for levels 0 to 5.
    expect(drawn(container, '.recharts-polar-radius-axis-tick')).toHaveLength(6);
  });

  it('orders its legend as its series in French too, where their names sort otherwise', async () => {
    await i18n.changeLanguage('fr');
    try {
      const { container } = render(
        <TargetRadar title="Où en est l’équipe" data={radarData} minLevel={0} maxLevel={5} />,
      );
      expect(legendTexts(container)).toEqual(['Départ', 'Niveau actuel', 'Cible']);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('leaves out a series with no level known on its spokes, rather than draw a path of no point', () => {
    const noTargets = radarData.map((d) => ({ ...d, target: null, targeted: false }));
    const { container } = render(
      <TargetRadar title="Where the team stands" data={noTargets} minLevel={0} maxLevel={5} />,
    );
    expect(drawn(container, '.recharts-radar')).toHaveLength(2);
    expect(drawn(container, '.recharts-legend-item')).toHaveLength(2);
    expect(screen.queryByText('Target')).not.toBeInTheDocument();
    const paths = [...drawn(container, 'path')].map((path) => path.getAttribute('d') ?? '');
    expect(paths.filter((d) => !/^\s*M/.test(d))).toEqual([]);
  });

  it('keeps the names of 17 spokes clear of each other, side by side at the top and bottom', () => {
    const names = Array.from({ length: 17 }, (_, i) => `Service practice number ${i + 1}`);
    const { container } = render(
      <TargetRadar
        title="Service management practices"
        data={names.map((name, i) => ({
          dimensionId: `d${i}`,
          name,
          baseline: 1,
          current: 2,
          target: 3,
          targeted: false,
        }))}
        minLevel={0}
        maxLevel={5}
      />,
    );
    // Each name's band of lines, in px: its tip's y plus the first line's offset (12 px to the em).
    const bands = [...drawn(container, '.recharts-polar-angle-axis-tick text')].map((text) => {
      const spans = [...text.querySelectorAll('tspan')];
      const top = Number(text.getAttribute('y')) + parseFloat(spans[0]!.getAttribute('dy')!) * 12 - 10;
      const x = Number(text.getAttribute('x'));
      return { top, bottom: top + spans.length * 1.1 * 12, x, anchor: text.getAttribute('text-anchor') };
    });
    expect(bands).toHaveLength(17);
    // Neighbours on the same side, or beside the top spoke's centred name, would cross if left at their tips.
    for (const [a, b] of [
      [0, 1],
      [0, 16],
      [1, 2],
      [15, 16],
      [7, 8],
      [9, 10],
    ] as const) {
      const [upper, lower] = bands[a]!.top < bands[b]!.top ? [bands[a]!, bands[b]!] : [bands[b]!, bands[a]!];
      expect(lower.top, `names ${a + 1} and ${b + 1}`).toBeGreaterThanOrEqual(upper.bottom);
    }
  });

  it('gives the same figures as a table on demand', async () => {
    const user = userEvent.setup();
    render(<TargetRadar title="Where the team stands" data={radarData} minLevel={0} maxLevel={5} />);
    const figure = screen.getByRole('figure', { name: 'Where the team stands' });
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const table = within(figure).getByRole('table', { name: 'Where the team stands' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[1]).toHaveTextContent('SLA compliance123');
    expect(rows[2]).toHaveTextContent('Contract governance22No target');
    expect(rows[4]).toHaveTextContent('Incident and problem control2Not ratedNo target');
    expect(within(figure).getByRole('button', { name: 'Hide table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('TargetTrendChart', () => {
  it('draws the levels, the forecast ahead of them dashed, and marks the target and today', () => {
    const rows = chartRows({
      actual: [
        { date: '2026-01-01', level: 1 },
        { date: '2026-01-31', level: 2 },
        { date: '2026-03-02', level: 2 },
      ],
      forecast: [
        { date: '2026-03-02', level: 2 },
        { date: '2026-04-21', level: 3 },
      ],
    });
    const { container } = render(
      <TargetTrendChart
        title="SLA compliance"
        note="Target 3 by 30 Apr 2026"
        rows={rows}
        targetLevel={3}
        targetDate="2026-04-30"
        today="2026-03-10"
        minLevel={0}
        maxLevel={5}
      />,
    );
    const lines = drawn(container, '.recharts-line');
    expect(lines).toHaveLength(2);
    const forecast = lines[1]!.querySelector('path.recharts-curve');
    expect(forecast?.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(drawn(container, '.recharts-line-dot')).toHaveLength(3);
    expect(drawn(container, '.recharts-reference-dot')).toHaveLength(1);
    // The target level, the target date and today.
    expect(drawn(container, '.recharts-reference-line')).toHaveLength(3);
    expect(screen.getByText('Target')).toBeInTheDocument();
    expect(screen.getByText('Today')).toBeInTheDocument();
    // At most four ticks: every second month.
    const ticks = [...drawn(container, '.recharts-xAxis-tick-labels text')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['Jan 2026', 'Mar 2026', 'May 2026']);
    expect(screen.getByText('Target 3 by 30 Apr 2026')).toBeInTheDocument();
  });
});

describe('LevelsOverTimeChart', () => {
  it('draws one line per series, named in the legend', () => {
    const series = {
      overall: [
        { date: '2026-01-01', level: 1.5 },
        { date: '2026-02-01', level: 2 },
      ],
      control: [
        { date: '2026-01-01', level: 1 },
        { date: '2026-02-01', level: 2 },
      ],
      people: [{ date: '2026-02-01', level: 3 }],
    };
    const { container } = render(
      <LevelsOverTimeChart
        title="Mean level over time"
        rows={chartRows(series)}
        series={[
          { key: 'overall', name: 'All dimensions', colour: '#000000', dash: undefined, main: true },
          { key: 'control', name: 'Service control', colour: '#0072b2', dash: '6 3' },
          { key: 'people', name: 'People', colour: '#d55e00', dash: '2 3' },
        ]}
        minLevel={0}
        maxLevel={5}
      />,
    );
    expect(drawn(container, '.recharts-line')).toHaveLength(3);
    expect(legendTexts(container)).toEqual(['All dimensions', 'Service control', 'People']);
  });
});

describe('BurnUpChart', () => {
  it('draws the steps done against the steps in the plan, and lists every week', async () => {
    const user = userEvent.setup();
    const points = [
      { date: '2026-01-05', done: 0, total: 2 },
      { date: '2026-01-12', done: 1, total: 3 },
      { date: '2026-01-19', done: 2, total: 4 },
    ];
    const { container } = render(<BurnUpChart title="Burn-up" points={points} />);
    expect(drawn(container, '.recharts-line')).toHaveLength(2);
    expect(legendTexts(container)).toEqual(['Steps done', 'Steps in the plan']);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = within(screen.getByRole('table', { name: 'Burn-up' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Week ofSteps doneSteps in the plan',
      '5 Jan 202602',
      '12 Jan 202613',
      '19 Jan 202624',
    ]);
  });
});

describe('BudgetChart', () => {
  const budget = {
    budget: 5_000,
    planned: 3_500,
    spent: 1_500,
    remaining: 1_500,
    overBudget: false,
    levelsGained: 1,
    costPerLevelGained: 1_500,
  };

  it('draws the budget, what is planned and what is spent, each with its amount', () => {
    const { container } = render(<BudgetChart title="Budget" budget={budget} />);
    expect(drawn(container, '.recharts-bar-rectangle')).toHaveLength(3);
    const labels = [...drawn(container, '.recharts-label-list text')].map((label) => label.textContent);
    expect(labels).toEqual(['€5,000', '€3,500', '€1,500']);
  });

  it('leaves the budget bar out when the plan has none', () => {
    const { container } = render(
      <BudgetChart title="Budget" budget={{ ...budget, budget: null, remaining: null }} />,
    );
    expect(drawn(container, '.recharts-bar-rectangle')).toHaveLength(2);
  });
});

describe('LevelSparkline', () => {
  it('draws the line through the levels and says them', () => {
    const { container } = render(
      <LevelSparkline
        points={[
          { date: '2026-01-01', level: 1 },
          { date: '2026-03-01', level: 3 },
        ]}
        minLevel={0}
        maxLevel={5}
        label="Mean level from 1 to 3"
      />,
    );
    expect(screen.getByRole('img', { name: 'Mean level from 1 to 3' })).toBeInTheDocument();
    expect(container.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });
});

describe('wrapLabel', () => {
  it('cuts a long name into lines of whole words, with an ellipsis past the last line', () => {
    expect(wrapLabel('Capacity and performance management', 16, 2)).toEqual(['Capacity and', 'performance…']);
    expect(wrapLabel('Service desk', 16, 2)).toEqual(['Service desk']);
    expect(wrapLabel('Organizational change management', 16, 2)).toEqual(['Organizational', 'change…']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10, 2)).toEqual(['Supercali…']);
  });
});
