export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  dash: string | undefined;
}

/** What each line of a chart stands for: a key drawn in the series' colour and dash, then its name. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="report-legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg className="report-legend__key" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
            <line x1={1} y1={5} x2={27} y2={5} stroke={item.colour} strokeDasharray={item.dash} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
