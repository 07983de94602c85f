/**
 * `node out/bench/memory.mjs <dataset>`: opens a core on the dataset, reads each screen once and prints
 * the process's resident memory in MB as JSON. Run by run.mjs in a process of its own, so that what the
 * figure counts is the core's alone, and so that this core, opened and closed on the dataset itself,
 * leaves nothing behind in the process that times the other steps.
 */
import { dayOf } from '@shared/dates';
import { openCore } from '../../src/main/core/core';
import { call, idsOf, screenChannels } from '../screens';

const [dataset] = process.argv.slice(2);
if (!dataset) {
  console.error('usage: node out/bench/memory.mjs <dataset>');
  process.exit(2);
}
const core = openCore({ dbPath: dataset });
const ids = await idsOf(core, dayOf(new Date()));
// A channel that fails is reported by the read step; here it only has to have loaded what it could.
for (const [channel, input] of screenChannels(ids)) await call(core, channel, input).catch(() => undefined);
const rss = process.memoryUsage().rss / 1024 / 1024;
await core.close();
console.log(JSON.stringify({ rss }));
