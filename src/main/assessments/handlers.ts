import type {
  Assessment,
  AssessmentDetail,
  AssessmentOverview,
  AssessmentScore,
} from '@shared/domain/assessments';
import { DomainError } from '@shared/result';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { getModelDetail } from '../models/repository';
import { assertRatingsOfModel } from '../models/rules';
import type { ChangeWriter } from '../store/changes';
import { teamsTable } from '../teams/tables';
import { assessmentsTable, scoresTable } from './tables';

type ScoreInput = { dimensionId: string; level: number; evidence: string };

export const assessmentHandlers = defineHandlers({
  'assessment.list': ({ teamId, modelId }, { db }) => {
    teamsTable.get(db, teamId);
    return listAssessments(db, teamId, modelId ?? null);
  },
  'assessment.get': ({ id }, { db }) => assessmentDetail(db, id),
  'assessment.create': ({ scores, ...input }, { db, changes }) => {
    checkReview(db, input.reviewId, input.teamId);
    const assessment = changes.create(assessmentsTable, input);
    return { ...assessment, scores: writeScores(db, changes, assessment, scores) };
  },
  'assessment.update': ({ id, patch }, { db, changes }) => {
    const assessment = assessmentsTable.get(db, id);
    if (patch.reviewId !== undefined) checkReview(db, patch.reviewId, assessment.teamId);
    changes.update(assessmentsTable, id, patch);
    return assessmentDetail(db, id);
  },
  'assessment.setScores': ({ assessmentId, scores }, { db, changes }) => {
    const assessment = assessmentsTable.get(db, assessmentId);
    return { ...assessment, scores: writeScores(db, changes, assessment, scores) };
  },
  'assessment.delete': ({ id }, { changes }) => {
    changes.remove(assessmentsTable, id);
    return null;
  },
  'assessment.overview': ({ teamId, modelId }, { db }) => {
    const team = teamsTable.get(db, teamId);
    const models = ratedModels(db, teamId);
    const chosen = modelId ?? models[0]?.id;
    if (chosen === undefined) return { team, models, model: null, assessments: [] };
    const model = getModelDetail(db, chosen);
    return {
      team,
      models: models.some((m) => m.id === chosen)
        ? models
        : [...models, { id: model.id, name: model.name, nameFr: model.nameFr }],
      model,
      assessments: listAssessments(db, teamId, chosen),
    };
  },
});

/** A team's assessments, on one model or all, latest first: two queries, however many they are. */
export function listAssessments(db: Db, teamId: string, modelId: string | null): AssessmentDetail[] {
  const assessments = prepared(
    db,
    `SELECT * FROM assessments WHERE team_id = ? AND (? IS NULL OR model_id = ?)
       ORDER BY date DESC, created_at DESC`,
  ).all(teamId, modelId, modelId) as Record<string, unknown>[];
  const scores = prepared(
    db,
    `SELECT s.* FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
       WHERE a.team_id = ? AND (? IS NULL OR a.model_id = ?)`,
  ).all(teamId, modelId, modelId) as Record<string, unknown>[];
  const scoresByAssessment = Map.groupBy(scores.map(scoresTable.fromDb), (score) => score.assessmentId);
  return assessments.map((raw) => {
    const assessment = assessmentsTable.fromDb(raw);
    return { ...assessment, scores: scoresByAssessment.get(assessment.id) ?? [] };
  });
}

/**
 * The models a team is rated on: those of its plans, the model of an active plan first, then the latest
 * plan's; then the models it was assessed on without a plan, latest assessment first.
 */
function ratedModels(db: Db, teamId: string): AssessmentOverview['models'] {
  return prepared(
    db,
    `SELECT m.id, m.name, m.name_fr AS nameFr FROM models m JOIN (
         SELECT model_id, 0 AS fromAssessment, max(status = 'active') AS active, max(start_date) AS latest
         FROM plans WHERE team_id = @teamId GROUP BY model_id
         UNION ALL
         SELECT model_id, 1, 0, max(date) FROM assessments WHERE team_id = @teamId GROUP BY model_id
       ) used ON used.model_id = m.id
       GROUP BY m.id
       ORDER BY min(used.fromAssessment), max(used.active) DESC, max(used.latest) DESC, m.name`,
  ).all({ teamId }) as AssessmentOverview['models'];
}

function assessmentDetail(db: Db, id: string): AssessmentDetail {
  return { ...assessmentsTable.get(db, id), scores: scoresOf(db, id) };
}

function scoresOf(db: Db, assessmentId: string): AssessmentScore[] {
  const rows = prepared(db, 'SELECT * FROM assessment_scores WHERE assessment_id = ?').all(assessmentId);
  return (rows as Record<string, unknown>[]).map(scoresTable.fromDb);
}

/**
 * Makes the assessment's scores exactly `scores`: changed ones updated, new ones added, the rest removed.
 * Gives them as they now are, in the order `scoresOf` reads them (by dimension), rather than read again.
 */
function writeScores(
  db: Db,
  changes: ChangeWriter,
  { id: assessmentId, modelId }: Assessment,
  scores: ScoreInput[],
): AssessmentScore[] {
  assertRatingsOfModel(db, modelId, scores, (i) => `scores.${i}`);
  const existing = new Map(scoresOf(db, assessmentId).map((score) => [score.dimensionId, score] as const));
  // A grid's scores go many to a statement, with their history.
  const kept = changes.updateAll(
    scoresTable,
    scores.flatMap((score) => {
      const current = existing.get(score.dimensionId);
      return current ? [[current, { level: score.level, evidence: score.evidence }] as const] : [];
    }),
  );
  const added = changes.createAll(
    scoresTable,
    scores.filter((score) => !existing.has(score.dimensionId)).map((score) => ({ assessmentId, ...score })),
  );
  for (const score of scores) existing.delete(score.dimensionId);
  for (const stale of existing.values()) changes.remove(scoresTable, stale.id);
  return [...kept, ...added].sort((a, b) => (a.dimensionId < b.dimensionId ? -1 : 1));
}

function checkReview(db: Db, reviewId: string | null, teamId: string): void {
  if (reviewId === null) return;
  const team = db
    .prepare('SELECT p.team_id FROM reviews r JOIN plans p ON p.id = r.plan_id WHERE r.id = ?')
    .pluck()
    .get(reviewId) as string | undefined;
  if (team !== teamId)
    throw new DomainError('invalid-input', "The review is not one of this team's.", 'reviewId');
}
