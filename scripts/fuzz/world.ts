/**
 * What the fuzz tests run against: a real core on a copy of the sample data, files it "chooses" through
 * its file port, a second connection that tells whether anything was committed, and a way back to the
 * pristine sample data when the cases have worn it down.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Result } from '@shared/result';
import { openCore, type Core } from '../../src/main/core/core';
import type { FilePort } from '../../src/main/core/files';
import type { FolderPort } from '../../src/main/core/folders';
import { companionSuffixes } from '../../src/main/db/files';
import type { IdPools } from './arbitraries';

/** Which table a field naming an id points into. */
const tablesOfFields: Record<string, string> = {
  teamId: 'teams',
  modelId: 'models',
  planId: 'plans',
  targetId: 'targets',
  stepId: 'steps',
  reviewId: 'reviews',
  assessmentId: 'assessments',
  dimensionId: 'dimensions',
  axisId: 'model_axes',
  surveyId: 'surveys',
  itemId: 'survey_items',
  // The `id` of a channel's own entity, by the channel's first word (see `idsFor`).
  levelId: 'model_levels',
  surveyDimensionId: 'survey_dimensions',
  surveyResponseId: 'survey_responses',
  reviewStepId: 'review_steps',
};

/** The field whose ids a channel's `id` takes: `team.update` → `teamId`; `review.unlinkStep` → its links. */
const idFieldOf = (channel: string): string => {
  if (channel === 'review.unlinkStep') return 'reviewStepId';
  const noun = channel.split('.')[0] ?? '';
  return noun === 'surveyItem' ? 'itemId' : `${noun}Id`;
};

export class World {
  readonly dir = mkdtempSync(join(tmpdir(), 'stepwise-fuzz-'));
  readonly dbPath = join(this.dir, 'stepwise.db');
  private readonly pristine = join(this.dir, 'pristine.db');
  readonly filesDir = join(this.dir, 'files');
  /** The file the next open dialog chooses; null: the user cancels. */
  nextOpen: string | null = null;
  core!: Core;
  private watcher!: Database.Database;
  ids: IdPools = new Map();

  private readonly files: FilePort = {
    chooseOpenPath: async () => this.nextOpen,
    chooseSavePath: async ({ defaultName }) => join(this.filesDir, defaultName.replace(/[^\w. -]/g, '_')),
  };
  private readonly folders: FolderPort = { open: async () => undefined };

  static async create(): Promise<World> {
    const world = new World();
    mkdirSync(world.filesDir);
    world.open();
    const loaded = await world.core.invoke('app.loadSampleData', {});
    if (!loaded.ok) throw new Error(`The sample data did not load: ${loaded.error.message}`);
    // The watcher first: the core, closing last, folds its log into the file that is copied.
    world.watcher.close();
    await world.core.close();
    copyFileSync(world.dbPath, world.pristine);
    world.open();
    return world;
  }

  private open(): void {
    this.core = openCore({
      dbPath: this.dbPath,
      files: this.files,
      folders: this.folders,
      clock: () => new Date('2026-11-28T10:00:00.000Z'),
    });
    this.watcher = new Database(this.dbPath, { readonly: true });
    this.refreshIds();
  }

  /** Back to the sample data as loaded: the cases delete, undo and restore as they go. */
  async reset(): Promise<void> {
    this.watcher.close();
    await this.core.close();
    for (const suffix of ['', ...companionSuffixes]) rmSync(this.dbPath + suffix, { force: true });
    copyFileSync(this.pristine, this.dbPath);
    this.open();
  }

  refreshIds(): void {
    const ids = new Map<string, string[]>();
    const all: string[] = [];
    for (const [field, table] of Object.entries(tablesOfFields)) {
      const rows = this.watcher.prepare(`SELECT id FROM ${table}`).pluck().all() as string[];
      ids.set(field, rows);
      all.push(...rows);
    }
    ids.set('id', all);
    ids.set('any', all);
    ids.set('token', []);
    this.ids = ids;
  }

  /** The id pools with `id` standing for the channel's own entity, so that cases find what they name. */
  idsFor(channel: string): IdPools {
    const own = this.ids.get(idFieldOf(channel));
    return own ? new Map([...this.ids, ['id', own]]) : this.ids;
  }

  /** After a restore the database is another file: the watching connection moves to it. */
  rewatch(): void {
    this.watcher.close();
    this.watcher = new Database(this.dbPath, { readonly: true });
    this.refreshIds();
  }

  count(table: string): number {
    return this.watcher.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }

  foreignKeyProblems(): unknown[] {
    return this.watcher.pragma('foreign_key_check') as unknown[];
  }

  /** Changes each time another connection commits: a refused call must leave it as it was. */
  dataVersion(): number {
    return this.watcher.pragma('data_version', { simple: true }) as number;
  }

  /** Calls the core as the IPC does (inputs cloned), with a deadline: a call that never answers is a hang. */
  async invoke(channel: string, input: unknown, deadlineMs = 15_000): Promise<Result<unknown> | 'hang'> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'hang'>((resolve) => {
      timer = setTimeout(() => resolve('hang'), deadlineMs);
    });
    try {
      return await Promise.race([this.core.invoke(channel, structuredClone(input)), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A file the next open dialog will choose. */
  offer(name: string, content: string | Uint8Array): string {
    const path = join(this.filesDir, name);
    writeFileSync(path, content);
    this.nextOpen = path;
    return path;
  }

  async close(): Promise<void> {
    this.watcher.close();
    await this.core.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
