import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, EventName, EventPayload, Input, Output } from '@shared/contract';
import type { PrintRequest } from '@shared/print';
import { DomainError, type Result } from '@shared/result';
import type { FilePort } from '../../../src/main/core/files';
import {
  startCoreClient,
  type CoreClient,
  type CoreClientOptions,
} from '../../../src/main/worker/coreClient';
import { buildCoreWorker, type BuiltWorker } from '../../helpers/coreWorker';
import { builtinModelId } from '../../helpers/factories';
import { FolderFiles } from '../../helpers/files';

let worker: BuiltWorker;
let dir: string;
let dbPath: string;
let files: FolderFiles;
const clients: CoreClient[] = [];

beforeAll(async () => {
  worker = await buildCoreWorker();
});
afterAll(() => worker.dispose());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stepwise-worker-'));
  dbPath = join(dir, 'stepwise.db');
  files = new FolderFiles(join(dir, 'files'));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close().catch(() => undefined)));
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Partial<CoreClientOptions> = {}): Promise<CoreClient> {
  const client = await startCoreClient({ workerUrl: worker.url, dbPath, files, ...options });
  clients.push(client);
  return client;
}

async function call<C extends Channel>(client: CoreClient, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = (await client.invoke(channel, input)) as Result<Output<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function makePlan(client: CoreClient, title = 'Progress plan 2026') {
  const team = await call(client, 'team.create', { name: 'Service Desk', client: 'Northwind Retail' });
  return call(client, 'plan.create', {
    teamId: team.id,
    modelId: builtinModelId('msp'),
    title,
    startDate: '2026-01-05',
    endDate: '2026-12-18',
    status: 'active',
  });
}

function recordEvents(client: CoreClient) {
  const events: { event: EventName; payload: EventPayload<EventName> }[] = [];
  client.onEvent((event, payload) => events.push({ event, payload }));
  return events;
}

describe('the core in a worker thread', () => {
  it('answers calls with the values the core gives, on the real database file', async () => {
    const client = await start();
    expect(client.dbPath).toBe(dbPath);
    expect(client.migration.to).toBeGreaterThan(0);
    const team = await call(client, 'team.create', { name: 'Service Desk', client: 'Northwind Retail' });
    expect(await call(client, 'team.get', { id: team.id })).toMatchObject({ name: 'Service Desk' });
    await client.close();
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT name FROM teams').pluck().all()).toEqual(['Service Desk']);
    db.close();
  });

  it('gives the typed errors of the core: unknown channel, invalid input with its path, not found', async () => {
    const client = await start();
    expect(await client.invoke('no.such', {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'There is no channel named no.such.' },
    });
    const invalid = await client.invoke('team.create', { name: '', client: 'Northwind' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'name' } });
    const missing = await client.invoke('team.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('forwards the events the core emits to the main thread', async () => {
    const client = await start();
    const events = recordEvents(client);
    await call(client, 'team.create', { name: 'Service Desk', client: 'Northwind Retail' });
    expect(events).toEqual([{ event: 'data.changed', payload: { entities: ['team'] } }]);
  });
});

describe('the ports, answered in the main thread', () => {
  it('saves where the file dialog of the main thread says, and reads what it opens', async () => {
    const client = await start();
    const plan = await makePlan(client, 'Plan Q3');
    expect(await call(client, 'planFile.export', { planId: plan.id })).toEqual({
      saved: true,
      fileName: 'Plan Q3.stepwise.json',
    });
    expect(JSON.parse(readFileSync(files.lastSaved, 'utf8'))).toMatchObject({ plan: { title: 'Plan Q3' } });
    files.willOpen(files.lastSaved);
    const preview = await call(client, 'planFile.previewImport', {});
    expect(preview).toMatchObject({ fileName: 'Plan Q3.stepwise.json', planTitle: 'Plan Q3' });
  });

  it('says so when the dialog is cancelled, and carries the error of a port back with its code', async () => {
    const refusing: FilePort = {
      chooseSavePath: () => Promise.reject(new DomainError('conflict', 'The dialog is already open.')),
      chooseOpenPath: async () => null,
    };
    const client = await start({ files: refusing });
    const plan = await makePlan(client);
    expect(await client.invoke('planFile.export', { planId: plan.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The dialog is already open.' },
    });
    expect(await client.invoke('planFile.previewImport', {})).toEqual({
      ok: true,
      value: { cancelled: true },
    });
  });

  it('prints in the main thread: its bytes cross to the worker, its progress comes back', async () => {
    const requests: PrintRequest[] = [];
    const printer = {
      print: async (request: PrintRequest) => {
        requests.push(request);
        return new TextEncoder().encode('%PDF-1.7 printed in main');
      },
    };
    const client = await start({ printer });
    const events = recordEvents(client);
    const plan = await makePlan(client);
    await call(client, 'plan.exportPdf', { planId: plan.id, language: 'fr' });
    expect(requests).toEqual([{ planId: plan.id, language: 'fr', clientCopy: false }]);
    expect(readFileSync(files.lastSaved, 'utf8')).toBe('%PDF-1.7 printed in main');
    expect(events.filter(({ event }) => event === 'task.progress').map(({ payload }) => payload)).toEqual([
      { task: 'plan.exportPdf', done: 0, total: 2 },
      { task: 'plan.exportPdf', done: 1, total: 2 },
      { task: 'plan.exportPdf', done: 2, total: 2 },
    ]);
  });

  it('shows the backup folder through the main thread', async () => {
    const shown: string[] = [];
    const client = await start({ folders: { open: async (path) => void shown.push(path) } });
    await call(client, 'backup.openFolder', {});
    expect(shown).toEqual([join(dir, 'backups')]);
  });
});

describe('a worker that dies', () => {
  it('fails the pending calls with a typed error, and starts again on the same file', async () => {
    const dialogs: ((path: string | null) => void)[] = [];
    const waiting: FilePort = {
      chooseSavePath: async () => null,
      chooseOpenPath: () => new Promise((answer) => dialogs.push(answer)),
    };
    const client = await start({ workerUrl: worker.crashingUrl, files: waiting });
    const team = await call(client, 'team.create', { name: 'Service Desk', client: 'Northwind Retail' });
    // An import waits on its open dialog, in main, when the worker dies.
    const pending = client.invoke('planFile.previewImport', {});
    await expect.poll(() => dialogs.length).toBe(1);
    await client.invoke('test.crash', {});
    const failed = await pending;
    expect(failed).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The Stepwise core stopped unexpectedly (simulated crash) and is starting again: try again.',
      },
    });
    // The dialog answering late reaches no one.
    dialogs[0]?.(null);
    expect(await call(client, 'team.get', { id: team.id })).toMatchObject({ name: 'Service Desk' });
  });

  it('tells plainly when it cannot start at all', async () => {
    const db = new Database(dbPath);
    db.pragma('user_version = 9999');
    db.close();
    await expect(startCoreClient({ workerUrl: worker.url, dbPath })).rejects.toThrow(/newer/i);
  });
});

describe('closing', () => {
  it('closes the database in the worker: the log is checkpointed into the file, later calls are refused', async () => {
    const client = await start();
    await makePlan(client);
    expect(existsSync(`${dbPath}-wal`)).toBe(true);
    await client.close();
    expect(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0).toBe(0);
    // A request that comes after (a window still open) is refused plainly, and closing again is harmless.
    expect(await client.invoke('team.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Stepwise is closing: the request was not finished.' },
    });
    await client.close();
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT title FROM plans').pluck().all()).toEqual(['Progress plan 2026']);
    db.close();
  });
});
