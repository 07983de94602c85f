/** The client-ready report of a plan: what its print view shows, shaped in main so the view makes one call. */
import { z } from 'zod';
import { Day, Id, Level } from './common';
import { BudgetView, PlanDashboard, RadarView } from './dashboards';
import { Review, Step } from './plans';
import { Language, Logo } from './settings';
import { TeamSatisfaction } from './surveys';
import { Team } from './teams';

export const PlanReportQuery = z.strictObject({
  planId: Id,
  /** The client's copy leaves out costs, the budget and internal notes. */
  clientCopy: z.boolean().default(false),
});
export type PlanReportQuery = z.input<typeof PlanReportQuery>;

/** A step as the report lists it; `cost` is null in the client's copy. */
export const ReportStep = Step.pick({
  id: true,
  title: true,
  owner: true,
  status: true,
  position: true,
  dimensionId: true,
  dueDate: true,
  doneDate: true,
  effortDays: true,
  cost: true,
});
export type ReportStep = z.infer<typeof ReportStep>;

/** A review with the steps it created and closed; `notes` are internal: empty in the client's copy. */
export const ReportReview = Review.pick({
  id: true,
  date: true,
  kind: true,
  participants: true,
  notes: true,
  decisions: true,
}).extend({ stepsCreated: z.number().int(), stepsClosed: z.number().int() });
export type ReportReview = z.infer<typeof ReportReview>;

const LevelChange = z.object({ dimensionId: Id, from: Level, to: Level });

/** What changed since the previous review (before today), else since the plan started. */
export const ReportChanges = z.object({
  since: Day,
  /** True when `since` is a review's date, false when it is the plan's start. */
  sinceReview: z.boolean(),
  levelsUp: z.array(LevelChange),
  levelsDown: z.array(LevelChange),
  stepsDone: z.number().int(),
  /** The targets whose level was reached in that time. */
  targetsReached: z.array(Id),
});
export type ReportChanges = z.infer<typeof ReportChanges>;

/** How many reviews the report tells in full: the latest ones. */
export const reportReviewCount = 3;

/** How many answered satisfaction campaigns the report compares: the latest ones. */
export const reportCampaignCount = 4;

export const PlanReport = z.object({
  today: Day,
  clientCopy: z.boolean(),
  /** The managed services provider writing the report, from Settings. */
  organisation: z.object({ name: z.string(), logo: Logo.nullable() }),
  team: Team,
  /** The plan as its dashboard computes it, its radars and budget apart. */
  plan: PlanDashboard.omit({ budget: true, radars: true }),
  /** The dashboard's radars, or one radar of the targeted dimensions for a large model (`ofTargets`). */
  radars: z.array(RadarView),
  radarsOfTargets: z.boolean(),
  /** Planned and spent costs against the budget; null in the client's copy. */
  budget: BudgetView.nullable(),
  /** Every step of the plan. */
  steps: z.array(ReportStep),
  /** The latest reviews, newest first, at most `reportReviewCount`. */
  reviews: z.array(ReportReview),
  reviewCount: z.number().int(),
  changes: ReportChanges,
  /** The team's satisfaction: its latest answered campaigns (at most `reportCampaignCount`), oldest first. */
  satisfaction: TeamSatisfaction,
});
export type PlanReport = z.infer<typeof PlanReport>;

/** Prints the plan's report to a PDF file the user chooses. */
export const PdfExport = z.strictObject({
  planId: Id,
  language: Language,
  clientCopy: z.boolean().default(false),
});
export type PdfExport = z.input<typeof PdfExport>;
