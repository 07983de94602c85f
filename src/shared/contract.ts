/**
 * The IPC contract: every channel the renderer may call, with the schema its input must pass in main
 * and the schema of what it returns. Electron's IPC layer, the test bridge and scripts all go through it.
 */
import { z } from 'zod';
import { ById, Id } from './domain/common';
import { Team, TeamCreate, TeamListQuery, TeamSummary, TeamUpdate } from './domain/teams';
import {
  AxisCreate,
  AxisUpdate,
  Dimension,
  DimensionCreate,
  DimensionUpdate,
  LevelCreate,
  LevelUpdate,
  ModelAxis,
  ModelCopy,
  ModelCreate,
  ModelDetail,
  ModelLevel,
  ModelSummary,
  ModelUpdate,
  MaturityModel,
} from './domain/models';
import {
  ByPlan,
  Plan,
  Attention,
  PlanCreate,
  PlanDetail,
  PlanListQuery,
  PlanSetStatus,
  PlanSummary,
  PlanUpdate,
  Review,
  ReviewCreate,
  ReviewDetail,
  ReviewLinkStep,
  ReviewStepLink,
  ReviewUpdate,
  Step,
  StepCreate,
  StepMove,
  StepSplit,
  StepUpdate,
  Target,
  TargetCreate,
  TargetUpdate,
} from './domain/plans';
import {
  AssessmentCreate,
  AssessmentDetail,
  AssessmentListQuery,
  AssessmentOverview,
  AssessmentOverviewQuery,
  AssessmentSetScores,
  AssessmentUpdate,
} from './domain/assessments';
import {
  WorkshopCaptureStep,
  WorkshopMoveStep,
  WorkshopQuery,
  WorkshopRate,
  WorkshopView,
} from './domain/workshop';
import {
  Survey,
  SurveyCreate,
  SurveyDetail,
  SurveyDimension,
  SurveyDimensionCreate,
  SurveyDimensionUpdate,
  SurveyFromTemplate,
  SurveyItem,
  SurveyItemCreate,
  SurveyItemUpdate,
  SurveyListQuery,
  SurveyResponse,
  SurveyResponseCreate,
  SurveyResponseUpdate,
  SurveyUpdate,
  BySurvey,
  SurveyPage,
  SurveyStepOptions,
  SurveyWeights,
} from './domain/surveys';
import {
  ResponseCheck,
  ResponseImportApply,
  ResponsePreviewResult,
  ResponsesImported,
} from './domain/surveyImport';
import {
  PortfolioCompareQuery,
  PortfolioComparison,
  PortfolioHeatmaps,
  PortfolioQuery,
  PortfolioWatchList,
  TeamDashboard,
  TeamDashboardQuery,
} from './domain/dashboards';
import { PdfExport, PlanReport, PlanReportQuery } from './domain/reports';
import { Settings, SettingsUpdate } from './domain/settings';
import { Backup, BackupList, BackupRestore, Health, RecoverChoice, RestoreOutcome } from './domain/backups';
import { Change, EntityName, HistoryQuery, UndoState } from './domain/history';
import {
  FileSaved,
  PlanFilePreviewResult,
  PlanFileSummary,
  PreviewToken,
  RegisterApply,
  RegisterCheck,
  RegisterImported,
  RegisterPreviewResult,
  SpreadsheetExport,
} from './domain/sharing';
import type { Result } from './result';

const NoInput = z.strictObject({});
const Nothing = z.null();

export const AppStatus = z.object({
  schemaVersion: z.number().int(),
  teamCount: z.number().int(),
  planCount: z.number().int(),
  modelCount: z.number().int(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const SampleDataSummary = z.object({
  teams: z.number().int(),
  plans: z.number().int(),
  assessments: z.number().int(),
  steps: z.number().int(),
  reviews: z.number().int(),
  surveys: z.number().int(),
});
export type SampleDataSummary = z.infer<typeof SampleDataSummary>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
/**
 * A channel that waits on the user or on a file (a save or open dialog, reading, writing): main runs it
 * as a task, which may report `task.progress`, and does its database work in one transaction at the end.
 */
const task = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
  task: true as const,
});

export const contract = {
  'app.status': channel(NoInput, AppStatus),
  'app.loadSampleData': channel(NoInput, SampleDataSummary),
  'home.attention': channel(NoInput, Attention),

  'settings.get': channel(NoInput, Settings),
  'settings.update': channel(SettingsUpdate, Settings),

  'team.list': channel(TeamListQuery, z.array(TeamSummary)),
  'team.get': channel(ById, Team),
  'team.create': channel(TeamCreate, Team),
  'team.update': channel(TeamUpdate, Team),
  'team.setArchived': channel(z.strictObject({ id: Id, archived: z.boolean() }), Team),
  'team.delete': channel(ById, Nothing),

  'model.list': channel(NoInput, z.array(ModelSummary)),
  'model.get': channel(ById, ModelDetail),
  'model.create': channel(ModelCreate, MaturityModel),
  'model.update': channel(ModelUpdate, MaturityModel),
  'model.copy': channel(ModelCopy, ModelDetail),
  'model.delete': channel(ById, Nothing),
  'level.create': channel(LevelCreate, ModelLevel),
  'level.update': channel(LevelUpdate, ModelLevel),
  'level.delete': channel(ById, Nothing),
  'axis.create': channel(AxisCreate, ModelAxis),
  'axis.update': channel(AxisUpdate, ModelAxis),
  'axis.delete': channel(ById, Nothing),
  'dimension.create': channel(DimensionCreate, Dimension),
  'dimension.update': channel(DimensionUpdate, Dimension),
  'dimension.delete': channel(ById, Nothing),

  'plan.list': channel(PlanListQuery, z.array(PlanSummary)),
  'plan.get': channel(ById, PlanDetail),
  'plan.create': channel(PlanCreate, Plan),
  'plan.update': channel(PlanUpdate, Plan),
  'plan.setStatus': channel(PlanSetStatus, Plan),
  'plan.delete': channel(ById, Nothing),

  'target.list': channel(ByPlan, z.array(Target)),
  'target.create': channel(TargetCreate, Target),
  'target.update': channel(TargetUpdate, Target),
  'target.delete': channel(ById, Nothing),

  'step.list': channel(ByPlan, z.array(Step)),
  'step.get': channel(ById, Step),
  'step.create': channel(StepCreate, Step),
  'step.update': channel(StepUpdate, Step),
  'step.move': channel(StepMove, Step),
  'step.split': channel(StepSplit, z.array(Step)),
  'step.delete': channel(ById, Nothing),

  'review.list': channel(ByPlan, z.array(Review)),
  'review.get': channel(ById, ReviewDetail),
  /** A plan's reviews, newest first, each with the steps linked to it: the plan page's reviews tab. */
  'review.listWithSteps': channel(ByPlan, z.array(ReviewDetail)),
  'review.create': channel(ReviewCreate, Review),
  'review.update': channel(ReviewUpdate, Review),
  'review.delete': channel(ById, Nothing),
  'review.linkStep': channel(ReviewLinkStep, ReviewStepLink),
  'review.unlinkStep': channel(ById, Nothing),

  'assessment.list': channel(AssessmentListQuery, z.array(AssessmentDetail)),
  'assessment.get': channel(ById, AssessmentDetail),
  'assessment.create': channel(AssessmentCreate, AssessmentDetail),
  'assessment.update': channel(AssessmentUpdate, AssessmentDetail),
  'assessment.setScores': channel(AssessmentSetScores, AssessmentDetail),
  'assessment.delete': channel(ById, Nothing),
  'assessment.overview': channel(AssessmentOverviewQuery, AssessmentOverview),

  'workshop.get': channel(WorkshopQuery, WorkshopView),
  'workshop.moveStep': channel(WorkshopMoveStep, Step),
  'workshop.captureStep': channel(WorkshopCaptureStep, Step),
  'workshop.rate': channel(WorkshopRate, AssessmentDetail),

  'survey.list': channel(SurveyListQuery, z.array(Survey)),
  'survey.get': channel(ById, SurveyDetail),
  'survey.create': channel(SurveyCreate, Survey),
  'survey.createFromTemplate': channel(SurveyFromTemplate, SurveyDetail),
  'survey.update': channel(SurveyUpdate, Survey),
  'survey.delete': channel(ById, Nothing),
  'surveyDimension.create': channel(SurveyDimensionCreate, SurveyDimension),
  'surveyDimension.update': channel(SurveyDimensionUpdate, SurveyDimension),
  'surveyDimension.delete': channel(ById, Nothing),
  'surveyItem.create': channel(SurveyItemCreate, SurveyItem),
  'surveyItem.update': channel(SurveyItemUpdate, SurveyItem),
  'surveyItem.delete': channel(ById, Nothing),
  'surveyResponse.create': channel(SurveyResponseCreate, SurveyResponse),
  'surveyResponse.update': channel(SurveyResponseUpdate, SurveyResponse),
  'surveyResponse.delete': channel(ById, Nothing),
  'survey.page': channel(ById, SurveyPage),
  'survey.setWeights': channel(SurveyWeights, z.array(SurveyDimension)),
  'survey.stepOptions': channel(BySurvey, SurveyStepOptions),
  'surveyResponse.previewImport': task(BySurvey, ResponsePreviewResult),
  'surveyResponse.checkImport': task(ResponseImportApply, ResponseCheck),
  'surveyResponse.applyImport': task(ResponseImportApply, ResponsesImported),

  'dashboard.team': channel(TeamDashboardQuery, TeamDashboard),
  'portfolio.get': channel(PortfolioQuery, PortfolioHeatmaps),
  'portfolio.watchList': channel(PortfolioQuery, PortfolioWatchList),
  'portfolio.compare': channel(PortfolioCompareQuery, PortfolioComparison),

  'planFile.export': task(ByPlan, FileSaved),
  'planFile.previewImport': task(NoInput, PlanFilePreviewResult),
  'planFile.applyImport': task(z.strictObject({ token: PreviewToken }), PlanFileSummary),
  'plan.exportSpreadsheet': task(SpreadsheetExport, FileSaved),
  'register.previewImport': task(ByPlan, RegisterPreviewResult),
  'register.checkMapping': task(RegisterApply, RegisterCheck),
  'register.applyImport': task(RegisterApply, RegisterImported),
  'report.plan': channel(PlanReportQuery, PlanReport),
  'plan.exportPdf': task(PdfExport, FileSaved),

  'history.list': channel(HistoryQuery, z.array(Change)),
  'history.undoState': channel(NoInput, UndoState),
  'history.undo': channel(NoInput, UndoState),
  'history.redo': channel(NoInput, UndoState),

  // The data file itself: answered by the core around the database, as tasks since they work on files.
  'app.health': task(NoInput, Health),
  'app.resumeWriting': task(NoInput, Health),
  'app.recover': task(RecoverChoice, Health),
  'backup.list': task(NoInput, BackupList),
  'backup.now': task(NoInput, Backup),
  'backup.restore': task(BackupRestore, RestoreOutcome),
  'backup.openFolder': task(NoInput, Nothing),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes: defaults may be left out. */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives: parsed, defaults filled in. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);
/** The channels main runs as tasks (see `task` above). */
export type TaskChannel = { [C in Channel]: Contract[C] extends { task: true } ? C : never }[Channel];
export const isTaskChannel = (name: Channel): name is TaskChannel => 'task' in contract[name];

/** Events that main pushes to the renderer. */
export const events = {
  /** Data changed (by the user, an undo or an import): views showing these entities reload. */
  'data.changed': z.object({ entities: z.array(EntityName) }),
  /** A long task (an export, an import) moved on: `done` of `total` units of work, for a progress bar. */
  'task.progress': z.object({ task: z.string(), done: z.number().int(), total: z.number().int() }),
  /** The data became read-only (a full disk) or writable again, or was recovered. */
  'app.health': Health,
};
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** What the preload exposes as `window.api`, and what the test bridge imitates. */
export interface StepwiseApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
