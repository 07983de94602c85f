import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { makePlan, makeStep } from '../../helpers/factories';
import { dumpDatabase } from '../../helpers/files';

/** A clock the test moves forward, so that "the newer change" is a matter of when it was made. */
function clockAt(start: string) {
  let now = new Date(start);
  return {
    clock: () => now,
    set: (instant: string) => (now = new Date(instant)),
  };
}

const cores: TestCore[] = [];
const core = (clock: () => Date) => {
  const made = makeTestCore({ clock });
  cores.push(made);
  return made;
};
afterEach(() => Promise.all(cores.splice(0).map((c) => c.dispose())));

async function exportPlan(from: TestCore, planId: string): Promise<string> {
  const result = await from.call('planFile.export', { planId });
  expect(result).toMatchObject({ saved: true, fileName: expect.stringMatching(/\.stepwise\.json$/) });
  return from.files.lastSaved;
}

async function preview(into: TestCore) {
  const result = await into.call('planFile.previewImport', {});
  if (result.cancelled) throw new Error('The preview was cancelled.');
  return result;
}

const counts = (summary: { counts: { entity: string; added: number; updated: number; kept: number }[] }) =>
  Object.fromEntries(
    summary.counts
      .filter((c) => c.added + c.updated + c.kept > 0)
      .map((c) => [c.entity, [c.added, c.updated, c.kept]]),
  );

/** What the database holds but the change history, which undo adds to. */
const withoutHistory = (dump: Record<string, unknown[]>) =>
  Object.fromEntries(
    Object.entries(dump).filter(
      ([table]) => !['change_history', 'change_batches', 'sqlite_sequence'].includes(table),
    ),
  );

describe('the plan file', () => {
  it('takes a plan to a fresh database and back unchanged', async () => {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    await a.call('app.loadSampleData', {});
    // A plan whose team has a survey, so that every kind of row makes the trip.
    const surveys = await a.call('survey.list', {});
    const plan = (await a.call('plan.list', { statuses: ['active'] })).find((p) =>
      surveys.some((s) => s.teamId === p.teamId),
    );
    const first = await exportPlan(a, plan!.id);

    const b = core(clock);
    b.files.willOpen(first);
    const seen = await preview(b);
    expect(seen).toMatchObject({ planTitle: plan!.title, builtinModel: true });
    const steps = await a.call('step.list', { planId: plan!.id });
    expect(counts(seen)).toMatchObject({
      team: [1, 0, 0],
      model: [0, 0, 1],
      plan: [1, 0, 0],
      step: [steps.length, 0, 0],
      assessment: [expect.any(Number), 0, 0],
      surveyResponse: [expect.any(Number), 0, 0],
      reviewStep: [expect.any(Number), 0, 0],
    });
    await b.call('planFile.applyImport', { token: seen.token });
    // A plan on a built-in model links to this machine's copy of it.
    expect((await b.call('app.status', {})).modelCount).toBe((await a.call('app.status', {})).modelCount);

    const second = await exportPlan(b, plan!.id);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('merges: adds new rows, updates those changed later in the file, keeps those changed later here', async () => {
    const time = clockAt('2026-03-01T09:00:00Z');
    const a = core(time.clock);
    const b = core(time.clock);
    const plan = await makePlan(a, { targets: 2 });
    const [s1, s2] = [
      await makeStep(a, { planId: plan.id, title: 'S1' }),
      await makeStep(a, { planId: plan.id, title: 'S2' }),
      await makeStep(a, { planId: plan.id, title: 'S3' }),
    ];
    b.files.willOpen(await exportPlan(a, plan.id));
    await b.call('planFile.applyImport', { token: (await preview(b)).token });

    time.set('2026-03-02T09:00:00Z');
    await a.call('step.update', { id: s2!.id, patch: { title: 'S2 changed there first' } });
    time.set('2026-03-03T09:00:00Z');
    await b.call('step.update', { id: s2!.id, patch: { title: 'S2 changed here later' } });
    time.set('2026-03-04T09:00:00Z');
    await a.call('step.update', { id: s1!.id, patch: { title: 'S1 changed there' } });
    const s4 = await makeStep(a, { planId: plan.id, title: 'S4' });

    time.set('2026-03-05T09:00:00Z');
    b.files.willOpen(await exportPlan(a, plan.id));
    const seen = await preview(b);
    expect(counts(seen)).toMatchObject({
      step: [1, 1, 2],
      target: [0, 0, 2],
      plan: [0, 0, 1],
      team: [0, 0, 1],
    });
    const applied = await b.call('planFile.applyImport', { token: seen.token });
    expect(applied.counts).toEqual(seen.counts);

    const titles = async () => (await b.call('step.list', { planId: plan.id })).map((s) => s.title).sort();
    expect(await titles()).toEqual(['S1 changed there', 'S2 changed here later', 'S3', 'S4']);
    expect((await b.call('step.get', { id: s4.id })).createdAt).toBe(s4.createdAt);

    // The import is one action in the history: undo takes it back whole.
    const { undo } = await b.call('history.undoState', {});
    expect(undo).toMatchObject({ channel: 'planFile.applyImport', changeCount: 2 });
    await b.call('history.undo', {});
    expect(await titles()).toEqual(['S2 changed here later', 'S3', 'S1'].sort());
  });

  /** A plan imported into b, changed in a since, and previewed again in b: the step to be updated. */
  async function previewOfAChange() {
    const time = clockAt('2026-03-01T09:00:00Z');
    const a = core(time.clock);
    const b = core(time.clock);
    const plan = await makePlan(a);
    const step = await makeStep(a, { planId: plan.id, title: 'Renew the support contract' });
    b.files.willOpen(await exportPlan(a, plan.id));
    await b.call('planFile.applyImport', { token: (await preview(b)).token });
    time.set('2026-03-02T09:00:00Z');
    await a.call('step.update', { id: step.id, patch: { title: 'Renew it for two years' } });
    b.files.willOpen(await exportPlan(a, plan.id));
    const seen = await preview(b);
    expect(counts(seen)).toMatchObject({ step: [0, 1, 0] });
    time.set('2026-03-03T09:00:00Z');
    return { b, step, seen };
  }

  it('merges again on import what was changed here since the preview', async () => {
    const { b, step, seen } = await previewOfAChange();
    await b.call('step.update', { id: step.id, patch: { title: 'Renew it for three years' } });
    const applied = await b.call('planFile.applyImport', { token: seen.token });
    expect(counts(applied)).toMatchObject({ step: [0, 0, 1] });
    expect((await b.call('step.get', { id: step.id })).title).toBe('Renew it for three years');
  });

  it('merges again on import what another program wrote to the file since the preview', async () => {
    const { b, step, seen } = await previewOfAChange();
    const other = new Database(b.dbPath);
    other
      .prepare('UPDATE steps SET title = ?, updated_at = ? WHERE id = ?')
      .run('Renewed from the command line', '2026-03-03T09:00:00.000Z', step.id);
    other.close();
    const applied = await b.call('planFile.applyImport', { token: seen.token });
    expect(counts(applied)).toMatchObject({ step: [0, 0, 1] });
    expect((await b.call('step.get', { id: step.id })).title).toBe('Renewed from the command line');
  });

  it('imports a row the file holds twice once, as its last copy has it', async () => {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    const plan = await makePlan(a);
    const step = await makeStep(a, { planId: plan.id, title: 'Tidy the CMDB' });
    const path = await exportPlan(a, plan.id);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { steps: { title: string }[] };
    file.steps.push({ ...file.steps[0]!, title: 'Tidy the CMDB, then audit it' });
    writeFileSync(path, JSON.stringify(file));

    const b = core(clock);
    b.files.willOpen(path);
    const before = withoutHistory(dumpDatabase(b.dbPath));
    await b.call('planFile.applyImport', { token: (await preview(b)).token });
    const imported = [[step.id, 'Tidy the CMDB, then audit it']];
    const titles = async () => (await b.call('step.list', { planId: plan.id })).map((s) => [s.id, s.title]);
    expect(await titles()).toEqual(imported);
    // Undo and redo put the row's two changes one after the other, not together.
    await b.call('history.undo', {});
    expect(withoutHistory(dumpDatabase(b.dbPath))).toEqual(before);
    await b.call('history.redo', {});
    expect(await titles()).toEqual(imported);
  });

  it('does not take a preview token twice', async () => {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    const plan = await makePlan(a);
    const b = core(clock);
    b.files.willOpen(await exportPlan(a, plan.id));
    const { token } = await preview(b);
    await b.call('planFile.applyImport', { token });
    expect(await b.invoke('planFile.applyImport', { token })).toMatchObject({
      ok: false,
      error: { code: 'not-found', path: 'token' },
    });
  });

  it('reports a cancelled dialog and leaves everything as it was', async () => {
    const a = core(clockAt('2026-03-10T09:00:00Z').clock);
    expect(await a.call('planFile.previewImport', {})).toEqual({ cancelled: true });
  });
});

describe('a plan file that is refused', () => {
  async function setUp() {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    const plan = await makePlan(a, { targets: 1 });
    await makeStep(a, { planId: plan.id, title: 'First' });
    await makeStep(a, { planId: plan.id, title: 'Second' });
    const path = await exportPlan(a, plan.id);
    const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & {
      steps: Record<string, unknown>[];
      targets: Record<string, unknown>[];
    };
    const b = core(clock);
    await b.call('app.loadSampleData', {});
    return { a, b, plan, file };
  }

  /** Tries to import `content` into `b` and checks that the database did not change at all. */
  async function refused(b: TestCore, content: string | Buffer) {
    const path = join(b.files.dir, 'refused.stepwise.json');
    writeFileSync(path, content);
    const before = dumpDatabase(b.dbPath);
    b.files.willOpen(path);
    const result = await b.invoke('planFile.previewImport', {});
    expect(dumpDatabase(b.dbPath)).toEqual(before);
    if (result.ok) throw new Error('The file was accepted.');
    return result.error;
  }

  it('names the field at fault and why, and changes nothing', async () => {
    const { b, file } = await setUp();
    file.steps[1]!.title = '';
    expect(await refused(b, JSON.stringify(file))).toEqual({
      code: 'invalid-input',
      message: 'steps.1.title: must not be empty',
      path: 'steps.1.title',
    });
    file.steps[1]!.title = 'Fine again';
    file.steps[0]!.cost = -5;
    expect(await refused(b, JSON.stringify(file))).toMatchObject({ path: 'steps.0.cost' });
    file.steps[0]!.cost = null;
    file.steps[0]!.dueDate = '2026-02-30';
    expect(await refused(b, JSON.stringify(file))).toMatchObject({ path: 'steps.0.dueDate' });
    file.steps[0]!.dueDate = null;
    file.steps[0]!.targetId = '7d4f7f1e-2a10-4c56-9a53-0b6f3c4e8d8a';
    expect(await refused(b, JSON.stringify(file))).toMatchObject({
      path: 'steps.0.targetId',
      message: 'steps.0.targetId: must be a target',
    });
  });

  it('refuses prototype keys anywhere, even where the schema would drop them', async () => {
    const { b, file } = await setUp();
    const text = JSON.stringify(file);
    expect(
      await refused(b, text.replace('"title":"First"', '"title":"First","__proto__":{"x":1}')),
    ).toMatchObject({
      code: 'invalid-input',
      path: 'steps.0.__proto__',
    });
    expect(await refused(b, `{"constructor":{"prototype":{}},${text.slice(1)}`)).toMatchObject({
      path: 'constructor',
    });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a file too large, not JSON, or of another format or version', async () => {
    const { b, file } = await setUp();
    expect(await refused(b, ' '.repeat(20 * 2 ** 20 + 1))).toMatchObject({
      code: 'invalid-input',
      path: 'file',
    });
    expect(await refused(b, '{"format": "stepwise-plan", ')).toMatchObject({ path: 'file' });
    expect(await refused(b, JSON.stringify({ ...file, format: 'other-app' }))).toMatchObject({
      path: 'format',
    });
    expect(await refused(b, JSON.stringify({ ...file, version: 2 }))).toMatchObject({
      path: 'version',
      message: 'version: must be 1: the file was written by another version of Stepwise',
    });
    expect(await refused(b, JSON.stringify({ ...file, extra: true }))).toMatchObject({
      code: 'invalid-input',
    });
  });

  it('reads a file that starts with a byte order mark, and refuses one that is not UTF-8', async () => {
    const { b, plan, file } = await setUp();
    const path = join(b.files.dir, 'marked.stepwise.json');
    writeFileSync(path, `\uFEFF${JSON.stringify(file)}`);
    b.files.willOpen(path);
    expect(await preview(b)).toMatchObject({ planTitle: plan.title });
    const latin1 = Buffer.from(JSON.stringify(file).replace('"First"', '"Premi\u00e8re"'), 'latin1');
    expect(await refused(b, latin1)).toEqual({
      code: 'invalid-input',
      message: 'The file is not a plan file: it is not UTF-8 text.',
      path: 'file',
    });
  });

  it('names the row at fault among the many added together, and changes nothing', async () => {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    const b = core(clock);
    const plan = await makePlan(a, { targets: 1 });
    b.files.willOpen(await exportPlan(a, plan.id));
    await b.call('planFile.applyImport', { token: (await preview(b)).token });
    // Five targets new to the other machine, which set one on the third one's dimension under its own id.
    const { dimensions } = await a.call('model.get', { id: plan.modelId });
    const target = { planId: plan.id, baselineLevel: 1, targetLevel: 2, targetDate: '2026-12-01' };
    for (const dimension of dimensions.slice(1, 6))
      await a.call('target.create', { ...target, dimensionId: dimension.id });
    await b.call('target.create', { ...target, dimensionId: dimensions[3]!.id });

    const path = await exportPlan(a, plan.id);
    const { targets } = JSON.parse(readFileSync(path, 'utf8')) as { targets: { dimensionId: string }[] };
    const clashing = targets.findIndex((t) => t.dimensionId === dimensions[3]!.id);
    b.files.willOpen(path);
    const { token } = await preview(b);
    const before = dumpDatabase(b.dbPath);
    expect(await b.invoke('planFile.applyImport', { token })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        path: `targets.${clashing}`,
        message: expect.stringMatching(/under another id/),
      },
    });
    expect(dumpDatabase(b.dbPath)).toEqual(before);
  });

  it('adds many rows at once as one batch of history, which undo takes back and redo brings again', async () => {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    const plan = await makePlan(a, { targets: 2 });
    for (let i = 0; i < 120; i += 1) await makeStep(a, { planId: plan.id, title: `Step ${i + 1}` });
    const path = await exportPlan(a, plan.id);
    const b = core(clock);
    b.files.willOpen(path);
    const before = withoutHistory(dumpDatabase(b.dbPath));
    await b.call('planFile.applyImport', { token: (await preview(b)).token });
    const imported = await b.call('step.list', { planId: plan.id });
    expect(imported).toEqual(await a.call('step.list', { planId: plan.id }));
    const history = new Database(b.dbPath, { readonly: true });
    // One change per row, in the order of the file: its steps in theirs.
    const stepsRecorded = history
      .prepare(`SELECT entity_id FROM change_history WHERE entity = 'step' ORDER BY seq`)
      .pluck()
      .all();
    history.close();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(stepsRecorded).toHaveLength(120);
    expect(stepsRecorded).toEqual(file.steps.map((step: { id: string }) => step.id));

    await b.call('history.undo', {});
    expect(withoutHistory(dumpDatabase(b.dbPath))).toEqual(before);
    await b.call('history.redo', {});
    expect(await b.call('step.list', { planId: plan.id })).toEqual(imported);
  });

  it('that clashes with this database when applied is rolled back whole', async () => {
    const { clock } = clockAt('2026-03-10T09:00:00Z');
    const a = core(clock);
    const b = core(clock);
    const plan = await makePlan(a, { targets: 1 });
    await makeStep(a, { planId: plan.id });
    b.files.willOpen(await exportPlan(a, plan.id));
    await b.call('planFile.applyImport', { token: (await preview(b)).token });
    // Both machines set a target on the same dimension, each under its own id.
    const { dimensions } = await a.call('model.get', { id: plan.modelId });
    const target = { planId: plan.id, dimensionId: dimensions[1]!.id, baselineLevel: 1, targetLevel: 2 };
    await a.call('target.create', { ...target, targetDate: '2026-12-01' });
    await makeStep(a, { planId: plan.id, title: 'Another step' });
    await b.call('target.create', { ...target, targetDate: '2026-11-01' });

    b.files.willOpen(await exportPlan(a, plan.id));
    const { token } = await preview(b);
    const before = dumpDatabase(b.dbPath);
    expect(await b.invoke('planFile.applyImport', { token })).toMatchObject({
      ok: false,
      error: { code: 'conflict', path: 'targets.1' },
    });
    expect(dumpDatabase(b.dbPath)).toEqual(before);
  });
});
