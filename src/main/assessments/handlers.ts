import type { AssessmentDetail } from '@shared/domain/assessments';
import { DomainError } from '@shared/result';
import { defineHandlers } from '../core/handler';
import type { Db } from '../db/connection';
import { assertDimensionOfModel, assertLevelOfModel } from '../models/rules';
import type { ChangeWriter } from '../store/changes';
import { teamsTable } from '../teams/tables';
import { assessmentsTable, scoresTable } from './tables';

type ScoreInput = { dimensionId: string; level: number; evidence: string };

export const assessmentHandlers = defineHandlers({
  'assessment.list': ({ teamId, modelId }, { db }) => {
    teamsTable.get(db, teamId);
    const ids = db
      .prepare(
        `SELECT id FROM assessments WHERE team_id = ? AND (? IS NULL OR model_id = ?)
         ORDER BY date DESC, created_at DESC`,
      )
      .pluck()
      .all(teamId, modelId ?? null, modelId ?? null) as string[];
    return ids.map((id) => assessmentDetail(db, id));
  },
  'assessment.get': ({ id }, { db }) => assessmentDetail(db, id),
  'assessment.create': ({ scores, ...input }, { db, changes }) => {
    checkReview(db, input.reviewId, input.teamId);
    const assessment = changes.create(assessmentsTable, input);
    writeScores(db, changes, assessment.id, assessment.modelId, scores);
    return assessmentDetail(db, assessment.id);
  },
  'assessment.update': ({ id, patch }, { db, changes }) => {
    const assessment = assessmentsTable.get(db, id);
    if (patch.reviewId !== undefined) checkReview(db, patch.reviewId, assessment.teamId);
    changes.update(assessmentsTable, id, patch);
    return assessmentDetail(db, id);
  },
  'assessment.setScores': ({ assessmentId, scores }, { db, changes }) => {
    const assessment = assessmentsTable.get(db, assessmentId);
    writeScores(db, changes, assessmentId, assessment.modelId, scores);
    return assessmentDetail(db, assessmentId);
  },
  'assessment.delete': ({ id }, { changes }) => {
    changes.remove(assessmentsTable, id);
    return null;
  },
});

function assessmentDetail(db: Db, id: string): AssessmentDetail {
  const scores = db.prepare('SELECT * FROM assessment_scores WHERE assessment_id = ?').all(id) as Record<
    string,
    unknown
  >[];
  return { ...assessmentsTable.get(db, id), scores: scores.map(scoresTable.fromDb) };
}

/** Makes the assessment's scores exactly `scores`: changed ones updated, new ones added, the rest removed. */
function writeScores(
  db: Db,
  changes: ChangeWriter,
  assessmentId: string,
  modelId: string,
  scores: ScoreInput[],
) {
  scores.forEach((score, i) => {
    assertDimensionOfModel(db, score.dimensionId, modelId, `scores.${i}.dimensionId`);
    assertLevelOfModel(db, score.level, modelId, `scores.${i}.level`);
  });
  const existing = new Map(
    assessmentDetail(db, assessmentId).scores.map((score) => [score.dimensionId, score] as const),
  );
  for (const score of scores) {
    const current = existing.get(score.dimensionId);
    if (current) changes.update(scoresTable, current.id, { level: score.level, evidence: score.evidence });
    else changes.create(scoresTable, { assessmentId, ...score });
    existing.delete(score.dimensionId);
  }
  for (const stale of existing.values()) changes.remove(scoresTable, stale.id);
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
