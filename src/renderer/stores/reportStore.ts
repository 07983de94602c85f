import { create } from 'zustand';
import type { PlanReport } from '@shared/domain/reports';
import { asApiError, call } from '../api';
import { notLoaded, type Loadable } from './loadable';

interface ReportQuery {
  planId: string;
  clientCopy: boolean;
}

/** The report shown by the print view: one plan's, in the full or the client's copy. */
interface ReportState extends Loadable {
  query: ReportQuery | null;
  report: PlanReport | null;
  open(query: ReportQuery): Promise<void>;
}

const sameQuery = (a: ReportQuery | null, b: ReportQuery) =>
  a !== null && a.planId === b.planId && a.clientCopy === b.clientCopy;

export const useReportStore = create<ReportState>()((set, get) => ({
  ...notLoaded,
  query: null,
  report: null,
  open: async (query) => {
    if (sameQuery(get().query, query) && get().status !== 'error') return;
    set({ query, report: null, status: 'loading', error: null });
    try {
      const report = await call('report.plan', query);
      // Only the latest query lands: the view may have moved to another plan meanwhile.
      if (sameQuery(get().query, query)) set({ report, status: 'ready' });
    } catch (error) {
      if (sameQuery(get().query, query)) set({ status: 'error', error: asApiError(error) });
    }
  },
}));
