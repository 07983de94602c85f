import { portfolioSorts, type PortfolioSort } from '@shared/calc/portfolio';
import type { PortfolioQuery } from '@shared/domain/dashboards';
import { PlanStatus } from '@shared/domain/plans';

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

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T =>
  values.find((v) => v === value) ?? fallback;
const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

export function viewOf(params: Readonly<Record<string, string>>): PortfolioView {
  const status = PlanStatus.safeParse(params.status);
  return {
    query: {
      ...(params.client ? { client: params.client } : {}),
      ...(params.model ? { modelId: params.model } : {}),
      ...(status.success ? { planStatuses: [status.data] } : {}),
    },
    sort: oneOf(portfolioSorts, params.sort, 'team'),
    mode: oneOf(heatmapModes, params.show, 'gap'),
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
