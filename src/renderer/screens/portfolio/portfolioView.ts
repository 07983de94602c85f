import { portfolioSorts, type PortfolioSort } from '@shared/calc/portfolio';
import type { PortfolioQuery } from '@shared/domain/dashboards';
import { choiceOf, planStatuses } from '@shared/domain/constants';

export const heatmapModes = ['gap', 'level'] as const;
/** What the heatmap's cells show: the gap to target, or the level. */
export type HeatmapMode = (typeof heatmapModes)[number];

/** What the address asks the portfolio to show: `#/portfolio?client=…&model=…&status=…&sort=…&show=…`. */
export interface PortfolioView {
  query: PortfolioQuery;
  sort: PortfolioSort;
  mode: HeatmapMode;
  /** The period of "what changed", when the user chose one. */
  from: string | undefined;
  to: string | undefined;
}

const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function viewOf(params: Readonly<Record<string, string>>): PortfolioView {
  const status = choiceOf(planStatuses, params.status);
  return {
    query: {
      ...(params.client ? { client: params.client } : {}),
      ...(params.model ? { modelId: params.model } : {}),
      ...(status ? { planStatuses: [status] } : {}),
    },
    sort: choiceOf(portfolioSorts, params.sort) ?? 'team',
    mode: choiceOf(heatmapModes, params.show) ?? 'gap',
    from: day(params.from),
    to: day(params.to),
  };
}

const paramsFrom = (view: PortfolioView): Record<string, string | undefined> => ({
  client: view.query.client,
  model: view.query.modelId,
  status: view.query.planStatuses?.[0],
  sort: view.sort === 'team' ? undefined : view.sort,
  show: view.mode === 'gap' ? undefined : view.mode,
  from: view.from,
  to: view.to,
});

/** The address's parameters for the view with some of it changed (the defaults left out). */
export const paramsOf = (
  view: PortfolioView,
  change: Partial<Record<'client' | 'model' | 'status' | 'sort' | 'show' | 'from' | 'to', string>>,
) => ({ ...paramsFrom(view), ...change });
