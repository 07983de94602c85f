import type { ComponentType } from 'react';
import type { ModelDetail } from '@shared/domain/models';
import type { PlanDetail } from '@shared/domain/plans';
import { HistoryTab } from './history/HistoryTab';
import { ReviewsTab } from './reviews/ReviewsTab';
import { StepsTab } from './steps/StepsTab';
import { TargetsTab } from './targets/TargetsTab';

export interface PlanTabProps {
  plan: PlanDetail;
  model: ModelDetail;
}

/**
 * The tabs of the plan page, in order: a tab is one line here (its label is `planPage.tabs.<key>`).
 * `count` puts a figure beside the label.
 */
export const planTabs = [
  { key: 'targets', Panel: TargetsTab, count: (plan: PlanDetail) => plan.targets.length },
  { key: 'steps', Panel: StepsTab, count: (plan: PlanDetail) => plan.steps.length },
  { key: 'reviews', Panel: ReviewsTab, count: (plan: PlanDetail) => plan.reviews.length },
  { key: 'history', Panel: HistoryTab, count: undefined },
] as const satisfies readonly {
  key: string;
  Panel: ComponentType<PlanTabProps>;
  count: ((plan: PlanDetail) => number) | undefined;
}[];

export type PlanTabKey = (typeof planTabs)[number]['key'];

/** The steps are where a lead spends the day: the page opens on them unless the address says otherwise. */
export const defaultPlanTab: PlanTabKey = 'steps';

export const planTabOf = (key: string | undefined): PlanTabKey | undefined =>
  planTabs.find((tab) => tab.key === key)?.key;
