import type { Db } from '../db/connection';

type Ordered = { table: 'model_axes' | 'dimensions' | 'survey_dimensions' | 'survey_items'; parent: string };

/** The position after the last row under the same parent, for rows the user keeps in order. */
export function nextPosition(db: Db, { table, parent }: Ordered, parentId: string): number {
  const max = db.prepare(`SELECT max(position) FROM ${table} WHERE ${parent} = ?`).pluck().get(parentId) as
    number | null;
  return (max ?? 0) + 1;
}
