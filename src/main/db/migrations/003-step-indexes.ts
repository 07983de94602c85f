import type { Migration } from '../migrate';

/**
 * Indexes for home at scale (`npm run bench`, 200 plans and 20,000 steps): the open steps of each plan
 * by due day count the overdue ones per plan without reading their rows, and the done steps by plan and
 * day give each plan's last step done from the index alone.
 */
export const stepIndexes: Migration = {
  version: 3,
  name: 'indexes of open and done steps by plan',
  up: (db) => {
    db.exec(`
      CREATE INDEX steps_open_by_plan ON steps (plan_id, due_date) WHERE status IN ('todo', 'doing');
      CREATE INDEX steps_done_by_plan ON steps (plan_id, done_date) WHERE status = 'done';
    `);
  },
};
