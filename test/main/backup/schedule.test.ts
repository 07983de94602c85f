import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackupSchedule } from '../../../src/main/backup/schedule';
import { makeTestCore, type TestCore } from '../../helpers/core';

let core: TestCore;
afterEach(() => core.dispose());

describe('startBackupSchedule', () => {
  it('backs up at once when no backup is a day old, then checks again at every interval until stopped', async () => {
    core = makeTestCore();
    let checks = 0;
    const errors: unknown[] = [];
    const counting = {
      backupIfDue: () => {
        checks += 1;
        return core.backupIfDue();
      },
    };
    const stop = startBackupSchedule(counting, (error) => errors.push(error), 20);
    await expect
      .poll(async () => (await core.call('backup.list', {})).backups.map((b) => b.kind))
      .toEqual(['scheduled']);
    await expect.poll(() => checks).toBeGreaterThanOrEqual(3);
    stop();
    const stoppedAt = checks;
    await sleep(60);
    expect(checks).toBe(stoppedAt);
    // The checks after the first found a backup less than a day old.
    expect((await core.call('backup.list', {})).backups).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('reports a failed backup and keeps checking', async () => {
    core = makeTestCore();
    const errors: unknown[] = [];
    let checks = 0;
    const failing = {
      backupIfDue: () => {
        checks += 1;
        return Promise.reject(new Error('the disk is full'));
      },
    };
    const stop = startBackupSchedule(failing, (error) => errors.push(error), 10);
    await expect.poll(() => checks).toBeGreaterThanOrEqual(2);
    stop();
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toEqual(new Error('the disk is full'));
  });
});
