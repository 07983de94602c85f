/** The rows a plan is shared with, each list in a fixed order so that the same data gives the same file. */
import { assessmentsTable, scoresTable } from '../assessments/tables';
import type { Db } from '../db/connection';
import { plansTable, reviewStepsTable, reviewsTable, stepsTable, targetsTable } from '../plans/tables';
import type { DomainRow, Table } from '../store/table';
import {
  surveyDimensionsTable,
  surveyItemsTable,
  surveyResponsesTable,
  surveysTable,
} from '../surveys/tables';
import { teamsTable } from '../teams/tables';

const rows = <Row extends DomainRow>(db: Db, table: Table<Row>, sql: string, ...params: string[]) =>
  (db.prepare(sql).all(...params) as Record<string, unknown>[]).map(table.fromDb);

export function planFileRows(db: Db, planId: string) {
  const plan = plansTable.get(db, planId);
  const reviews = rows(db, reviewsTable, 'SELECT * FROM reviews WHERE plan_id = ? ORDER BY date, id', planId);
  const reviewIds = new Set(reviews.map((r) => r.id));
  return {
    plan,
    team: teamsTable.get(db, plan.teamId),
    targets: rows(
      db,
      targetsTable,
      'SELECT * FROM targets WHERE plan_id = ? ORDER BY target_date, id',
      planId,
    ),
    steps: rows(
      db,
      stepsTable,
      'SELECT * FROM steps WHERE plan_id = ? ORDER BY status, position, id',
      planId,
    ),
    reviews: reviews.map((review) => ({
      ...review,
      steps: rows(
        db,
        reviewStepsTable,
        'SELECT * FROM review_steps WHERE review_id = ? ORDER BY created_at, id',
        review.id,
      ),
    })),
    // The team's assessments on the plan's model give the plan its current levels and trends. One that
    // was taken in a review of another plan travels without that link, which the file cannot hold.
    assessments: rows(
      db,
      assessmentsTable,
      'SELECT * FROM assessments WHERE team_id = ? AND model_id = ? ORDER BY date, id',
      plan.teamId,
      plan.modelId,
    ).map((assessment) => ({
      ...assessment,
      reviewId:
        assessment.reviewId !== null && reviewIds.has(assessment.reviewId) ? assessment.reviewId : null,
      scores: rows(
        db,
        scoresTable,
        'SELECT * FROM assessment_scores WHERE assessment_id = ? ORDER BY dimension_id, id',
        assessment.id,
      ),
    })),
    surveys: rows(
      db,
      surveysTable,
      'SELECT * FROM surveys WHERE team_id = ? ORDER BY period_start, id',
      plan.teamId,
    ).map((survey) => ({
      ...survey,
      dimensions: rows(
        db,
        surveyDimensionsTable,
        'SELECT * FROM survey_dimensions WHERE survey_id = ? ORDER BY position, id',
        survey.id,
      ),
      items: rows(
        db,
        surveyItemsTable,
        'SELECT * FROM survey_items WHERE survey_id = ? ORDER BY position, id',
        survey.id,
      ),
      responses: rows(
        db,
        surveyResponsesTable,
        'SELECT * FROM survey_responses WHERE survey_id = ? ORDER BY created_at, id',
        survey.id,
      ),
    })),
  };
}
