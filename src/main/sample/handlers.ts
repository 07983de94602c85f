import type { AppStatus } from '@shared/contract';
import { defineHandlers } from '../core/handler';
import { prepared } from '../db/statements';
import { loadSampleData } from './sampleData';

export const sampleHandlers = defineHandlers({
  'app.status': (_input, { db }) =>
    prepared(
      db,
      `SELECT (SELECT user_version FROM pragma_user_version) AS schemaVersion,
         (SELECT count(*) FROM teams) AS teamCount, (SELECT count(*) FROM plans) AS planCount,
         (SELECT count(*) FROM models) AS modelCount`,
    ).get() as AppStatus,
  'app.loadSampleData': (_input, ctx) => loadSampleData(ctx),
});
