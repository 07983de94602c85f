import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, EventName, EventPayload, Input, Output, StepwiseApi } from '@shared/contract';
import type { Result } from '@shared/result';
import { openCore, type Core, type CoreOptions } from '../../src/main/core/core';
import { FolderFiles, RecordingFolders } from './files';

export interface TestCore extends Core {
  /** Calls a channel and returns its value, failing the test on an error result. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Removes the temporary folder (the database and its backups). */
  dispose(): Promise<void>;
  readonly dir: string;
  /** Where the core's save and open "dialogs" point: a folder inside `dir`. */
  readonly files: FolderFiles;
  /** The folders the core asked the desktop to show. */
  readonly folders: RecordingFolders;
}

/** A real core on a fresh database file in a temporary folder, choosing files in a folder inside it. */
export function makeTestCore(
  options: Partial<Omit<CoreOptions, 'files' | 'folders'>> & { files?: FolderFiles } = {},
): TestCore {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-test-'));
  const files = options.files ?? new FolderFiles(join(dir, 'files'));
  const folders = new RecordingFolders();
  // A log of 16 frames written ahead: the app's 10,000 (40 MB) for each of hundreds of test cores would
  // write gigabytes. Tests that open a core themselves get the app's.
  const core = openCore({ dbPath: join(dir, 'stepwise.db'), logReserve: 16, ...options, files, folders });
  return Object.assign(core, {
    dir,
    files,
    folders,
    call: async <C extends Channel>(channel: C, input: Input<C>) => {
      const result = (await core.invoke(channel, input)) as Result<Output<C>>;
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    dispose: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/**
 * The renderer's `window.api` bridged to a real core, with payloads cloned as Electron's structured
 * clone would: what passes here passes the real IPC.
 */
export function bridgeApi(core: Core): StepwiseApi {
  return {
    invoke: async <C extends Channel>(channel: C, input: Input<C>) =>
      structuredClone(await core.invoke(channel, structuredClone(input))) as Result<Output<C>>,
    on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) =>
      core.onEvent((name, payload) => {
        if (name === event) listener(structuredClone(payload) as EventPayload<E>);
      }),
  };
}
