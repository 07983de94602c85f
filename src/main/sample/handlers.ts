import { defineHandlers } from '../core/handler';
import { schemaVersionOf } from '../db/connection';
import { loadSampleData } from './sampleData';

const count = (db: Parameters<typeof schemaVersionOf>[0], table: 'teams' | 'plans' | 'models') =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

export const sampleHandlers = defineHandlers({
  'app.status': (_input, { db }) => ({
    schemaVersion: schemaVersionOf(db),
    teamCount: count(db, 'teams'),
    planCount: count(db, 'plans'),
    modelCount: count(db, 'models'),
  }),
  'app.loadSampleData': (_input, ctx) => loadSampleData(ctx),
});
