import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '@shared/contract';
import { makeTestCore, type TestCore } from '../../helpers/core';

/** Every table's rows, in a stable order: two snapshots are equal when nothing was written. */
function snapshot(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));
  } finally {
    db.close();
  }
}

const noSuchId = '00000000-0000-4000-8000-000000000000';

/** Inputs that no channel accepts, whatever its schema. */
const invalidInputs = (channel: Channel): unknown[] => {
  const bad: unknown[] = [42, 'text', [], { __proto__: null, unexpected: true }, { id: 'not-a-uuid' }];
  // An input with every required field but an extra one is refused by the strict schemas.
  const empty = contract[channel].input.safeParse({});
  if (empty.success) bad.push({ ...empty.data, unexpected: 1 });
  return bad;
};

describe('every channel of the contract', () => {
  let core: TestCore;
  let before: string;

  beforeAll(async () => {
    core = makeTestCore();
    await core.call('app.loadSampleData', {});
    before = snapshot(core.dbPath);
  });
  afterAll(() => core.dispose());

  it.each(channels)('%s refuses invalid input with an error result and writes nothing', async (channel) => {
    for (const input of invalidInputs(channel)) {
      const result = await core.invoke(channel, input);
      expect(result, `${channel} accepted ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(snapshot(core.dbPath)).toBe(before);
  });

  it.each(channels.filter((c) => contract[c].input.safeParse({ id: noSuchId }).success))(
    '%s answers "not found" for an id that does not exist, and writes nothing',
    async (channel) => {
      const result = await core.invoke(channel, { id: noSuchId });
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(snapshot(core.dbPath)).toBe(before);
    },
  );

  it('refuses a channel that is not in the contract', async () => {
    expect(await core.invoke('db.exec', { sql: 'DROP TABLE teams' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await core.invoke('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });
});
