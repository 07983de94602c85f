/**
 * The plan file in main: writing a plan out, reading a file in, and merging it row by row. Rows are
 * matched by id; a row the machine lacks is added, one the file has changed later is updated, any other
 * is kept. Merging never deletes, and rows keep the stamps they had where they were last changed.
 */
import { ZodError } from 'zod';
import { entityNames, type EntityName } from '@shared/domain/history';
import type { ImportCount, PlanFileSummary } from '@shared/domain/sharing';
import {
  PlanFile,
  findPrototypeKey,
  planFileFormat,
  planFileMaxBytes,
  planFileVersion,
} from '@shared/planFile';
import { DomainError } from '@shared/result';
import { SqliteError } from 'better-sqlite3';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { getModelDetail } from '../models/repository';
import type { ChangeWriter } from '../store/changes';
import { tablesByEntity } from '../store/registry';
import type { DomainRow } from '../store/table';
import { planFileRows } from './repository';

/** Everything the file holds about a plan, read in one transaction. */
export function buildPlanFile(db: Db, planId: string, now: string): PlanFile {
  const rows = planFileRows(db, planId);
  return {
    format: planFileFormat,
    version: planFileVersion,
    exportedAt: now,
    team: rows.team,
    model: getModelDetail(db, rows.plan.modelId),
    plan: rows.plan,
    targets: rows.targets,
    steps: rows.steps,
    reviews: rows.reviews,
    assessments: rows.assessments,
    surveys: rows.surveys,
  };
}

/** Reads a plan file's bytes: the error names the field at fault (its path in the file) and why. */
export function parsePlanFile(bytes: Uint8Array): PlanFile {
  if (bytes.length > planFileMaxBytes) {
    throw new DomainError('invalid-input', 'The file is too large for a plan file.', 'file');
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'it is not UTF-8 text';
    throw new DomainError('invalid-input', `The file is not a plan file: ${reason}.`, 'file');
  }
  const prototypeKey = findPrototypeKey(data);
  if (prototypeKey !== null) {
    throw new DomainError(
      'invalid-input',
      `${prototypeKey}: a key named __proto__, constructor or prototype is not allowed.`,
      prototypeKey,
    );
  }
  try {
    return PlanFile.parse(data);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const issue = error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new DomainError('invalid-input', `${path || 'file'}: ${issue?.message ?? 'is not valid'}`, path);
  }
}

type MergeAction = 'add' | 'update' | 'keep';
interface MergeRow {
  entity: EntityName;
  row: DomainRow;
  /** The row with its id here, as the merge found it. */
  local: DomainRow | null;
  action: MergeAction;
  /** Where the row is in the file, for errors. */
  path: string;
}
export interface Merge {
  rows: MergeRow[];
  summary: PlanFileSummary;
}

/** The fields that place a row under its parent: a row found under another parent here is a conflict. */
const parentFields: Partial<Record<EntityName, string>> = {
  level: 'modelId',
  axis: 'modelId',
  dimension: 'modelId',
  plan: 'teamId',
  target: 'planId',
  step: 'planId',
  review: 'planId',
  reviewStep: 'reviewId',
  assessment: 'teamId',
  score: 'assessmentId',
  survey: 'teamId',
  surveyDimension: 'surveyId',
  surveyItem: 'surveyId',
  surveyResponse: 'surveyId',
};

/** Decides, for every row of the file, whether the import adds, updates or keeps it. */
export function planMerge(db: Db, file: PlanFile): Merge {
  const rows: MergeRow[] = [];
  const include = (entity: EntityName, row: DomainRow, path: string, builtin = false) => {
    const local = tablesByEntity[entity].find(db, row.id);
    const parent = parentFields[entity];
    if (local && parent !== undefined && local[parent] !== row[parent]) {
      throw new DomainError('conflict', `${path}: a ${entity} with this id belongs elsewhere here.`, path);
    }
    if (builtin && !local) {
      throw new DomainError(
        'invalid-input',
        `${path}: the plan uses a built-in ${entity} that this version of Stepwise does not have.`,
        path,
      );
    }
    const action: MergeAction = !local
      ? 'add'
      : !builtin && Date.parse(row.updatedAt) > Date.parse(local.updatedAt)
        ? 'update'
        : 'keep';
    rows.push({ entity, row, local: local ?? null, action, path });
  };
  const each = <T extends DomainRow>(entity: EntityName, list: readonly T[], path: string, builtin = false) =>
    list.forEach((row, i) => include(entity, row, `${path}.${i}`, builtin));

  const { team, model, plan } = file;
  const { levels, axes, dimensions, ...modelRow } = model;
  // A built-in model is the same on every machine: the plan links to this machine's copy, never changes it.
  const builtin = model.builtinKey !== null;
  if (builtin && tablesByEntity.model.find(db, model.id)?.builtinKey !== model.builtinKey) {
    throw new DomainError(
      'invalid-input',
      'model: this built-in model is not in this version of Stepwise.',
      'model',
    );
  }
  include('team', team, 'team');
  include('model', modelRow, 'model', builtin);
  each('level', levels, 'model.levels', builtin);
  each('axis', axes, 'model.axes', builtin);
  each('dimension', dimensions, 'model.dimensions', builtin);
  include('plan', plan, 'plan');
  each('target', file.targets, 'targets');
  file.reviews.forEach(({ steps: _links, ...review }, i) => include('review', review, `reviews.${i}`));
  each('step', file.steps, 'steps');
  file.reviews.forEach((review, i) => each('reviewStep', review.steps, `reviews.${i}.steps`));
  file.assessments.forEach(({ scores: _scores, ...assessment }, i) =>
    include('assessment', assessment, `assessments.${i}`),
  );
  file.assessments.forEach((assessment, i) => each('score', assessment.scores, `assessments.${i}.scores`));
  file.surveys.forEach(({ dimensions: surveyDimensions, items, responses, ...survey }, i) => {
    include('survey', survey, `surveys.${i}`);
    each('surveyDimension', surveyDimensions, `surveys.${i}.dimensions`);
    each('surveyItem', items, `surveys.${i}.items`);
    each('surveyResponse', responses, `surveys.${i}.responses`);
  });

  return {
    rows,
    summary: {
      planId: plan.id,
      planTitle: plan.title,
      teamName: team.name,
      modelName: model.name,
      builtinModel: builtin,
      counts: countByEntity(rows),
    },
  };
}

const countKeys: Record<MergeAction, 'added' | 'updated' | 'kept'> = {
  add: 'added',
  update: 'updated',
  keep: 'kept',
};

function countByEntity(rows: readonly MergeRow[]): ImportCount[] {
  const counts = new Map(entityNames.map((entity) => [entity, { entity, added: 0, updated: 0, kept: 0 }]));
  for (const { entity, action } of rows) (counts.get(entity) as ImportCount)[countKeys[action]] += 1;
  return [...counts.values()];
}

/**
 * Where the data stands, as far as a merge is concerned: the connection, its count of changed rows and
 * SQLite's count of commits by other connections. Equal twice, nothing was written in between.
 */
export interface DataVersion {
  db: Db;
  changes: number;
  external: number;
}

export const dataVersionOf = (db: Db): DataVersion => ({
  db,
  changes: prepared(db, 'SELECT total_changes()', 'pluck').get() as number,
  external: db.pragma('data_version', { simple: true }) as number,
});

export const sameDataVersion = (a: DataVersion, b: DataVersion) =>
  a.db === b.db && a.changes === b.changes && a.external === b.external;

/**
 * Writes the merge through the change history: one batch, which undo takes back whole. The rows to add
 * that follow one another in a table (a plan's thousands of steps) are added together.
 */
export function applyMerge(changes: ChangeWriter, merge: Merge): void {
  // A row the file holds twice is found again the second time, as the first one changed it.
  const written = new Set<string>();
  let adds: MergeRow[] = [];
  const addTogether = () => {
    const run = adds;
    adds = [];
    const [first] = run;
    if (first && run.length > 1) {
      try {
        changes.addAll(
          tablesByEntity[first.entity],
          run.map(({ row }) => row),
        );
        return;
      } catch (error) {
        // None of them was left written: put one by one, the row refused names itself.
        if (!isConstraint(error)) throw error;
      }
    }
    run.forEach((add) => put(changes, add, add.local));
  };
  for (const mergeRow of merge.rows) {
    if (mergeRow.action === 'keep') continue;
    const key = `${mergeRow.entity} ${mergeRow.row.id}`;
    const joins = mergeRow.action === 'add' && !written.has(key);
    const addsOf = adds[0]?.entity;
    if (addsOf !== undefined && !(joins && addsOf === mergeRow.entity)) addTogether();
    if (joins) adds.push(mergeRow);
    else put(changes, mergeRow, written.has(key) ? undefined : mergeRow.local);
    written.add(key);
  }
  addTogether();
}

const isConstraint = (error: unknown): error is InstanceType<typeof SqliteError> =>
  error instanceof SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');

/** Writes one row of the merge; a row SQLite refuses is named by its place in the file. */
function put(changes: ChangeWriter, { entity, row, path }: MergeRow, current: DomainRow | null | undefined) {
  try {
    changes.put(tablesByEntity[entity], row, current);
  } catch (error) {
    if (isConstraint(error)) {
      throw new DomainError(
        'conflict',
        `${path}: it clashes with what is here (${error.code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'the same one exists under another id' : 'it refers to something missing'}).`,
        path,
      );
    }
    throw error;
  }
}
