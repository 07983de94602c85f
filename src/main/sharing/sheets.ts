/**
 * A plan as spreadsheet sheets: the data shaped once, in the user's language, then written out as XLSX
 * (every sheet) or CSV (one sheet). The client's copy leaves out costs, the budget and internal notes.
 */
import type { Assessment, AssessmentScore } from '@shared/domain/assessments';
import type { Dimension, ModelDetail } from '@shared/domain/models';
import { stepStatuses } from '@shared/domain/constants';
import type { Plan, Review, Step, Target } from '@shared/domain/plans';
import type { Language } from '@shared/domain/settings';
import type { Team } from '@shared/domain/teams';
import { budgetStatus } from '@shared/calc/budget';
import { planProgress, targetProgress } from '@shared/calc/progress';
import { satisfactionIndicators } from '@shared/calc/satisfaction';
import type { Db } from '../db/connection';
import { getModelDetail } from '../models/repository';
import { currentLevels } from '../plans/repository';
import { planFileRows } from './repository';
import { wordsFor, type Word, type Words } from './words';

/** A calendar day, written as a real date cell. */
export interface DayCell {
  day: string;
}
export type Cell = string | number | DayCell | null;
export interface Column {
  header: string;
  /** In characters, as spreadsheets measure columns. */
  width: number;
  /** The number format of its number cells, e.g. `0.00`. */
  numFmt?: string;
}
export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

export const isDayCell = (cell: Cell): cell is DayCell => typeof cell === 'object' && cell !== null;
const day = (value: string | null): Cell => (value === null ? null : { day: value });

interface PlanData {
  plan: Plan;
  team: Team;
  model: ModelDetail;
  targets: Target[];
  steps: Step[];
  reviews: (Review & { closed: number })[];
  assessments: (Assessment & { scores: AssessmentScore[] })[];
  current: Map<string, number>;
  surveys: ReturnType<typeof planFileRows>['surveys'];
}

export interface SheetOptions {
  clientCopy: boolean;
  language: Language;
  today: string;
}

function readPlanData(db: Db, planId: string, today: string): PlanData {
  const { plan, team, targets, steps, assessments, reviews, surveys } = planFileRows(db, planId);
  const boardOrder = (s: Step) => stepStatuses.indexOf(s.status);
  return {
    plan,
    team,
    model: getModelDetail(db, plan.modelId),
    targets,
    steps: steps.sort((a, b) => boardOrder(a) - boardOrder(b) || a.position - b.position),
    reviews: reviews.map(({ steps: links, ...review }) => ({
      ...review,
      closed: links.filter((link) => link.action === 'closed').length,
    })),
    assessments,
    surveys,
    current: new Map(
      currentLevels(db, plan.teamId, plan.modelId, today).map((c) => [c.dimensionId, c.level]),
    ),
  };
}

/** Every sheet of the workbook, in order. */
export function planSheets(db: Db, planId: string, options: SheetOptions): Sheet[] {
  const data = readPlanData(db, planId, options.today);
  const words = wordsFor(options.language);
  return [
    overviewSheet,
    targetsSheet,
    stepsSheet,
    assessmentsSheet,
    reviewsSheet,
    levelsSheet,
    satisfactionSheet,
  ].map((make) => make(data, words, options));
}

/** The one sheet a CSV holds. */
export function csvSheet(
  db: Db,
  planId: string,
  which: 'steps' | 'assessments',
  options: SheetOptions,
): Sheet {
  const data = readPlanData(db, planId, options.today);
  return (which === 'steps' ? stepsSheet : assessmentsSheet)(data, wordsFor(options.language), options);
}

const text = (words: Words, header: Word, width: number): Column => ({
  header: words[header],
  width,
});
const number = (words: Words, header: Word, width: number, numFmt: string): Column => ({
  ...text(words, header, width),
  numFmt,
});

function namer(language: Language) {
  return (row: { name: string; nameFr: string }) => (language === 'fr' && row.nameFr ? row.nameFr : row.name);
}

function dimensionNames(model: ModelDetail, language: Language) {
  const name = namer(language);
  const axes = new Map(model.axes.map((a) => [a.id, name(a)]));
  const byId = new Map(model.dimensions.map((d) => [d.id, d]));
  return {
    dimension: (id: string | null) => {
      const d = id === null ? undefined : byId.get(id);
      return d ? name(d) : null;
    },
    axis: (id: string) => axes.get(byId.get(id)?.axisId ?? '') ?? null,
  };
}

function overviewSheet(data: PlanData, words: Words, { clientCopy, language }: SheetOptions): Sheet {
  const { plan, team, model, targets, steps, current } = data;
  const progress = planProgress(targets.map((t) => targetProgress(t, current.get(t.dimensionId) ?? null)));
  const budget = budgetStatus(plan.budget, steps);
  const rows: [Word, Cell][] = [
    ['title', plan.title],
    ['team', team.name],
    ['client', team.client],
    ['model', namer(language)(model)],
    ['objective', plan.objective],
    ['owner', plan.owner],
    ['startDate', day(plan.startDate)],
    ['endDate', day(plan.endDate)],
    ['status', words.planStatuses[plan.status]],
    ['reviewCadenceDays', plan.reviewCadenceDays],
    ['progress', progress === null ? null : Math.round(progress * 100)],
  ];
  if (!clientCopy)
    rows.push(['budget', budget.budget], ['plannedCost', budget.planned], ['spentCost', budget.spent]);
  return {
    name: words.sheetPlan,
    columns: [text(words, 'field', 24), text(words, 'value', 60)],
    rows: rows.map(([field, value]) => [words[field], value]),
  };
}

function targetsSheet(data: PlanData, words: Words, { language }: SheetOptions): Sheet {
  const names = dimensionNames(data.model, language);
  return {
    name: words.sheetTargets,
    columns: [
      text(words, 'dimension', 32),
      text(words, 'axis', 24),
      number(words, 'baselineLevel', 10, '0'),
      number(words, 'currentLevel', 10, '0'),
      number(words, 'targetLevel', 10, '0'),
      text(words, 'targetDate', 12),
      text(words, 'rationale', 50),
    ],
    rows: data.targets.map((t) => [
      names.dimension(t.dimensionId),
      names.axis(t.dimensionId),
      t.baselineLevel,
      data.current.get(t.dimensionId) ?? null,
      t.targetLevel,
      day(t.targetDate),
      t.rationale,
    ]),
  };
}

function stepsSheet(data: PlanData, words: Words, { clientCopy, language }: SheetOptions): Sheet {
  const names = dimensionNames(data.model, language);
  const columns: [Column, (s: Step) => Cell, internal?: boolean][] = [
    [text(words, 'title', 50), (s) => s.title],
    [text(words, 'status', 12), (s) => words.stepStatuses[s.status]],
    [text(words, 'owner', 20), (s) => s.owner],
    [text(words, 'dimension', 30), (s) => names.dimension(s.dimensionId)],
    [number(words, 'effortDays', 10, '0.0#'), (s) => s.effortDays],
    [number(words, 'cost', 12, '#,##0.00'), (s) => s.cost, true],
    [text(words, 'startDate', 12), (s) => day(s.startDate)],
    [text(words, 'dueDate', 12), (s) => day(s.dueDate)],
    [text(words, 'doneDate', 12), (s) => day(s.doneDate)],
    [text(words, 'description', 50), (s) => s.description, true],
    [text(words, 'outcome', 50), (s) => s.outcome, true],
  ];
  const shown = columns.filter(([, , internal]) => !(clientCopy && internal));
  return {
    name: words.sheetSteps,
    columns: shown.map(([column]) => column),
    rows: data.steps.map((step) => shown.map(([, value]) => value(step))),
  };
}

function assessmentsSheet(data: PlanData, words: Words, { language }: SheetOptions): Sheet {
  const names = dimensionNames(data.model, language);
  return {
    name: words.sheetAssessments,
    columns: [
      text(words, 'date', 12),
      text(words, 'source', 16),
      text(words, 'assessor', 20),
      text(words, 'dimension', 32),
      text(words, 'axis', 24),
      number(words, 'level', 8, '0'),
    ],
    rows: data.assessments.flatMap((a) =>
      a.scores.map((s) => [
        day(a.date),
        words.sources[a.source],
        a.assessor,
        names.dimension(s.dimensionId),
        names.axis(s.dimensionId),
        s.level,
      ]),
    ),
  };
}

function reviewsSheet(data: PlanData, words: Words, { clientCopy }: SheetOptions): Sheet {
  const columns: Column[] = [
    text(words, 'date', 12),
    text(words, 'kind', 20),
    text(words, 'participants', 40),
    text(words, 'decisions', 60),
    number(words, 'stepsClosed', 10, '0'),
  ];
  if (!clientCopy) columns.push(text(words, 'notes', 60));
  return {
    name: words.sheetReviews,
    columns,
    rows: data.reviews.map((r) => {
      const row: Cell[] = [
        day(r.date),
        words.reviewKinds[r.kind],
        r.participants.join(', '),
        r.decisions.join('\n'),
        r.closed,
      ];
      if (!clientCopy) row.push(r.notes);
      return row;
    }),
  };
}

/** Level by dimension: a row per dimension, a column per assessment, oldest first: ready for a pivot or a chart. */
function levelsSheet(data: PlanData, words: Words, { language }: SheetOptions): Sheet {
  const name = namer(language);
  const assessments = [...data.assessments].sort((a, b) => a.date.localeCompare(b.date));
  const sameDay = (a: Assessment) => assessments.filter((b) => b.date === a.date).length > 1;
  const rated = new Set(assessments.flatMap((a) => a.scores.map((s) => s.dimensionId)));
  const dimensions = data.model.dimensions.filter((d: Dimension) => !d.retired || rated.has(d.id));
  return {
    name: words.sheetLevels,
    columns: [
      text(words, 'dimension', 32),
      ...assessments.map((a) => ({
        header: sameDay(a) ? `${a.date} (${words.sources[a.source]})` : a.date,
        width: 12,
        numFmt: '0',
      })),
    ],
    rows: dimensions.map((d) => [
      name(d),
      ...assessments.map((a) => a.scores.find((s) => s.dimensionId === d.id)?.level ?? null),
    ]),
  };
}

/**
 * The team's satisfaction campaigns, oldest first: for each, a row per quality dimension followed by its
 * items, then the overall gaps (see calc/satisfaction.ts), ready for a pivot or a chart.
 */
function satisfactionSheet(data: PlanData, words: Words, { language }: SheetOptions): Sheet {
  const name = namer(language);
  const rows = data.surveys.flatMap((survey) => {
    const indicators = satisfactionIndicators(survey);
    const texts = new Map(survey.items.map((i) => [i.id, language === 'fr' && i.textFr ? i.textFr : i.text]));
    const row = (dimension: string, item: string | null, weight: number | null, figures: Cell[]): Cell[] => [
      survey.title,
      day(survey.periodEnd),
      dimension,
      item,
      weight,
      ...figures,
    ];
    const figures = (f: { expectation: number | null; perception: number | null; gap: number | null }) => [
      f.expectation,
      f.perception,
      f.gap,
    ];
    return [
      ...survey.dimensions.flatMap((dimension, d) => {
        // The indicators list the dimensions in the survey's order.
        const summary = indicators.dimensions[d] ?? {
          expectation: null,
          perception: null,
          gap: null,
          respondents: 0,
        };
        return [
          row(name(dimension), null, dimension.weight, [...figures(summary), summary.respondents]),
          ...indicators.items
            .filter((item) => item.dimensionId === dimension.id)
            .map((item) =>
              row(name(dimension), texts.get(item.itemId) ?? null, null, [
                ...figures(item),
                item.respondents,
              ]),
            ),
        ];
      }),
      row(words.overallGap, null, null, [null, null, indicators.overall, indicators.respondents]),
      ...(indicators.weighted === null
        ? []
        : [row(words.weightedGap, null, null, [null, null, indicators.weighted, indicators.respondents])]),
    ];
  });
  return {
    name: words.sheetSatisfaction,
    columns: [
      text(words, 'campaign', 36),
      text(words, 'periodEnd', 12),
      text(words, 'dimension', 24),
      text(words, 'item', 60),
      number(words, 'weight', 10, '0'),
      number(words, 'expectation', 12, '0.00'),
      number(words, 'perception', 12, '0.00'),
      number(words, 'gap', 10, '+0.00;-0.00;0.00'),
      number(words, 'respondents', 12, '0'),
    ],
    rows,
  };
}

/**
 * Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first)
 * gets a leading apostrophe: a title typed as `=HYPERLINK(…)` stays text when the file is opened.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
