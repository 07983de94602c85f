/**
 * A seeded dataset generator for benchmarks: a managed services provider of a given size, with years of
 * history. The same seed gives the same file. Each row is written as the app writes it, through the change
 * history, dated the day its user made it: a file used for years holds the history of every change. (One
 * team's changes are written after another's, so they sit closer together in the file than years of
 * interleaved use would leave them.)
 */
import { addDays } from '@shared/dates';
import type { Dimension } from '@shared/domain/models';
import type { StepStatus } from '@shared/domain/plans';
import { assessmentsTable, scoresTable } from '../src/main/assessments/tables';
import { openCore } from '../src/main/core/core';
import { closeDatabase, openDatabase } from '../src/main/db/connection';
import { getModelDetail } from '../src/main/models/repository';
import {
  plansTable,
  reviewStepsTable,
  reviewsTable,
  stepsTable,
  targetsTable,
} from '../src/main/plans/tables';
import { Random } from '../src/main/sample/random';
import { stableId } from '../src/main/store/stableId';
import { surveyResponsesTable, surveysTable } from '../src/main/surveys/tables';
import { addTemplateQuestions, type CreateRow } from '../src/main/surveys/template';
import { teamsTable } from '../src/main/teams/tables';
import { ChangeWriter } from '../src/main/store/changes';

/**
 * M keeps as many years as L: a per-team view's L/M ratio is then what the number of teams costs it, the
 * one thing it should not grow with (with 3 years at M, five years' history made up most of it). Each
 * size has its own default seed: from one seed, M's teams would be L's first fifty, ids and all, and the
 * benchmark imports a plan of L into a copy of M.
 */
export const datasetSizes = {
  S: { teams: 5, years: 1, seed: 1 },
  M: { teams: 50, years: 5, seed: 2 },
  L: { teams: 200, years: 5, seed: 1 },
} as const;
export type DatasetSize = keyof typeof datasetSizes;

export const stepsPerPlan = 100;
const targetsPerPlan = 6;
const respondentsPerSurvey = 10;
const statuses: readonly StepStatus[] = ['idea', 'todo', 'doing', 'done', 'dropped'];
const owners = ['Claire Martin', 'Hugo Bernard', 'Amina Diallo', 'Lucas Petit', 'Sofia Rossi', 'Tom Evans'];

export interface DatasetSummary {
  size: DatasetSize;
  teams: number;
  plans: number;
  steps: number;
  assessments: number;
  scores: number;
  reviews: number;
  surveys: number;
  responses: number;
  /** Rows of the change history: every row above was recorded as the app records it. */
  changes: number;
}

/** A UUID (version 4 layout) drawn from the seeded generator, so that ids repeat with the seed. */
function seededId(rand: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(rand.next() * 4) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Writes the dataset into a new database file at `path`, dated up to `today` (by default, the size's seed). */
export async function generateDataset(
  path: string,
  size: DatasetSize,
  options: { seed?: number; today: string },
): Promise<DatasetSummary> {
  // The core creates the schema and the built-in models; the rows then go in directly. Opened again at
  // the end, it brings the summaries up to date with them, as the app leaves a file: otherwise the first
  // process to open the file would, and would read through a log of 70 MB until it closed.
  const openAndClose = () =>
    openCore({ dbPath: path, clock: () => new Date(`${options.today}T12:00:00`) }).close();
  await openAndClose();
  const summary = writeRows(path, size, options);
  await openAndClose();
  return summary;
}

function writeRows(
  path: string,
  size: DatasetSize,
  options: { seed?: number; today: string },
): DatasetSummary {
  const db = openDatabase(path);
  try {
    const { teams, years, seed } = datasetSizes[size];
    const rand = new Random(options.seed ?? seed);
    const act: Act = (day, by, channel, write) => {
      const changes = new ChangeWriter(db, `${day}T09:00:00.000Z`, () => by, channel, seededId(rand));
      return write({
        changes,
        add: (table, fields) => changes.create(table, { ...fields, id: seededId(rand) }),
      });
    };
    const model = getModelDetail(db, stableId('model:itil4'));
    const summary: DatasetSummary = {
      size,
      teams,
      plans: 0,
      steps: 0,
      assessments: 0,
      scores: 0,
      reviews: 0,
      surveys: 0,
      responses: 0,
      changes: 0,
    };
    const start = addDays(options.today, -365 * years);
    for (let t = 0; t < teams; t += 1) {
      db.transaction(() =>
        writeTeam(rand, act, model.dimensions, { index: t, start, today: options.today, years }, summary),
      )();
    }
    summary.changes = (db.prepare('SELECT count(*) AS n FROM change_history').get() as { n: number }).n;
    return summary;
  } finally {
    closeDatabase(db);
  }
}

/** A batch of the change history being written: `add` creates a row with a seeded id. */
interface Batch {
  changes: ChangeWriter;
  add: CreateRow;
}

/** One user action of the dataset's past, on `day`, by `by`, through `channel`: one batch of the history. */
type Act = <T>(day: string, by: string, channel: string, write: (batch: Batch) => T) => T;

const earlier = (a: string, b: string) => (a < b ? a : b);

function writeTeam(
  rand: Random,
  act: Act,
  dimensions: Dimension[],
  at: { index: number; start: string; today: string; years: number },
  summary: DatasetSummary,
): void {
  const lead = rand.pick(owners);
  const team = act(addDays(at.start, -1), lead, 'team.create', ({ add }) =>
    add(teamsTable, {
      name: `Team ${String(at.index + 1).padStart(3, '0')}`,
      client: `Client ${String((at.index % 40) + 1).padStart(2, '0')}`,
      serviceScope: 'Managed services',
      colour: rand.pick(['#2f6fdf', '#0f9d8a', '#c2410c', '#7c3aed']),
      archived: false,
    }),
  );
  const modelId = dimensions[0]?.modelId as string;
  const baseline = new Map(dimensions.map((d) => [d.id, rand.int(0, 2)] as const));

  const months = at.years * 12;
  for (let month = 0; month < months; month += 1) {
    const date = addDays(at.start, month * 30);
    const assessor = rand.pick(owners);
    const assessment = act(date, assessor, 'assessment.create', ({ add }) =>
      add(assessmentsTable, {
        teamId: team.id,
        modelId,
        reviewId: null,
        date,
        source: month % 3 === 0 ? 'workshop' : 'self',
        assessor,
        note: '',
      }),
    );
    summary.assessments += 1;
    act(date, assessor, 'assessment.setScores', ({ add }) => {
      for (const d of dimensions) {
        const level = Math.min(
          5,
          (baseline.get(d.id) as number) + Math.floor((month / months) * rand.int(0, 3)),
        );
        add(scoresTable, { assessmentId: assessment.id, dimensionId: d.id, level, evidence: '' });
        summary.scores += 1;
      }
    });
  }

  const owner = rand.pick(owners);
  const planStart = addDays(at.today, -300);
  const plan = act(planStart, owner, 'plan.create', ({ add }) =>
    add(plansTable, {
      teamId: team.id,
      modelId,
      title: `Progress plan ${at.index + 1}`,
      objective: 'Reach a defined level on the audited practices.',
      owner,
      startDate: planStart,
      endDate: addDays(at.today, 65),
      status: 'active',
      budget: 50_000,
      reviewCadenceDays: 28,
      maxStepEffortDays: 5,
      maxStepSpanDays: 14,
    }),
  );
  summary.plans += 1;
  const targeted = [...dimensions].sort(() => rand.next() - 0.5).slice(0, targetsPerPlan);
  const targets = targeted.map((d) =>
    act(planStart, owner, 'target.create', ({ add }) =>
      add(targetsTable, {
        planId: plan.id,
        dimensionId: d.id,
        baselineLevel: baseline.get(d.id) as number,
        targetLevel: Math.min(5, (baseline.get(d.id) as number) + 2),
        targetDate: addDays(at.today, rand.int(-30, 180)),
        rationale: '',
      }),
    ),
  );

  const steps = Array.from({ length: stepsPerPlan }, (_, i) =>
    writeStep(rand, act, plan, targets, i, at.today),
  );
  summary.steps += steps.length;

  for (let day = 280; day > 0; day -= 28) {
    const date = addDays(at.today, -day);
    const review = act(date, owner, 'review.create', ({ add }) =>
      add(reviewsTable, {
        planId: plan.id,
        date,
        kind: 'progress',
        participants: [owner],
        notes: '',
        decisions: ['Keep going.'],
      }),
    );
    summary.reviews += 1;
    const created = steps.filter((step) => step.createdAt.slice(0, 10) <= date);
    if (created.length > 0)
      act(date, owner, 'review.linkStep', ({ add }) =>
        add(reviewStepsTable, { reviewId: review.id, stepId: rand.pick(created).id, action: 'closed' }),
      );
  }

  for (let campaign = 0; campaign < at.years * 2; campaign += 1)
    writeSurvey(rand, act, team.id, at, campaign, summary);
}

/**
 * A step of the plan as its owner made it: created a week before its start, moved to doing when it
 * started, and to done (never after today) or dropped.
 */
function writeStep(
  rand: Random,
  act: Act,
  plan: { id: string; title: string },
  targets: { id: string; dimensionId: string }[],
  i: number,
  today: string,
) {
  const status = statuses[i % statuses.length] as StepStatus;
  const target = targets[i % targets.length];
  const startDate = addDays(today, -rand.int(0, 290));
  const owner = rand.pick(owners);
  const step = act(addDays(startDate, -7), owner, 'step.create', ({ add }) =>
    add(stepsTable, {
      planId: plan.id,
      targetId: target?.id ?? null,
      dimensionId: target?.dimensionId ?? null,
      title: `Small step ${i + 1} of ${plan.title.toLowerCase()}`,
      description: '',
      owner,
      status: status === 'idea' ? 'idea' : 'todo',
      position: i + 1,
      effortDays: rand.pick([0.5, 1, 2, 3, 8]),
      cost: rand.pick([0, 200, 1_000]),
      startDate,
      dueDate: addDays(startDate, rand.pick([7, 14, 21])),
      doneDate: null,
      outcome: '',
    }),
  );
  const move = (day: string, patch: Partial<typeof step>) =>
    act(day, owner, 'step.move', ({ changes }) => changes.update(stepsTable, step.id, patch));
  if (status === 'idea' || status === 'todo') return step;
  if (status === 'dropped') return move(startDate, { status });
  const doing = move(startDate, { status: 'doing' });
  if (status === 'doing') return doing;
  const doneDate = earlier(addDays(startDate, rand.int(1, 10)), today);
  return move(doneDate, { status, doneDate });
}

function writeSurvey(
  rand: Random,
  act: Act,
  teamId: string,
  at: { start: string },
  campaign: number,
  summary: DatasetSummary,
): void {
  const periodEnd = addDays(at.start, 180 * campaign + 170);
  const periodStart = addDays(periodEnd, -21);
  const owner = rand.pick(owners);
  const { survey, items } = act(periodStart, owner, 'survey.createFromTemplate', ({ add }) => {
    const survey = add(surveysTable, {
      teamId,
      title: `Satisfaction ${periodEnd.slice(0, 7)}`,
      periodStart,
      periodEnd,
      scaleMin: 1,
      scaleMax: 7,
      status: 'closed',
    });
    const items = addTemplateQuestions(add, survey.id);
    return { survey, items };
  });
  summary.surveys += 1;
  for (let r = 0; r < respondentsPerSurvey; r += 1) {
    act(addDays(periodStart, r * 2), owner, 'surveyResponse.create', ({ add }) =>
      add(surveyResponsesTable, {
        surveyId: survey.id,
        respondent: `R${r + 1}`,
        answers: items.map((item) => ({
          itemId: item.id,
          expectation: rand.int(5, 7),
          perception: rand.int(3, 7),
        })),
      }),
    );
    summary.responses += 1;
  }
}
