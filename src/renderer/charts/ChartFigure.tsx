import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title and, on demand, the same figures as a table: for screen readers, for the
 * keyboard and for copying the values. The chart itself shows values on hover and on arrow keys.
 */
export function ChartFigure({
  title,
  note,
  table,
  children,
  className,
}: {
  title: string;
  /** A line under the title: what the chart compares, or why it is empty. */
  note?: string;
  /** The chart's figures as a table (a `ChartTable`). */
  table: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <figure className={className ? `chart-figure ${className}` : 'chart-figure'} aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-figure__title">
        {title}
      </h3>
      {note && <p className="chart-figure__note">{note}</p>}
      <div className="chart-figure__chart">{children}</div>
      <button
        type="button"
        className="button button--quiet chart-figure__toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <div id={tableId} className="chart-figure__table" hidden={!tableShown}>
        {tableShown && table}
      </div>
    </figure>
  );
}

export interface ChartTableRow {
  key: string;
  /** The row's header: a day, a dimension. */
  header: string;
  cells: readonly string[];
}

/** The figures behind a chart: one row per point, one column per series. */
export function ChartTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  /** The header of each column, the rows' own first. */
  columns: readonly string[];
  rows: readonly ChartTableRow[];
}) {
  const [first, ...others] = columns;
  return (
    // Focusable, so that the keyboard can scroll a long table.
    <div className="chart-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {others.map((column) => (
              <th key={column} scope="col" className="chart-table__number">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={others[i] ?? i} className="chart-table__number">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
