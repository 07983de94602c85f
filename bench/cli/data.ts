/** `npm run bench:data -- --size L --out <file> [--seed N]`: writes a benchmark dataset (by default, with its size's seed). */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dayOf } from '@shared/dates';
import { datasetSizes, generateDataset, type DatasetSize } from '../dataset';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    out: { type: 'string' },
    seed: { type: 'string' },
  },
});
const size = values.size as DatasetSize;
if (!(size in datasetSizes) || !values.out) {
  console.error('usage: npm run bench:data -- --size S|M|L --out <file> [--seed N]');
  process.exit(2);
}
for (const suffix of ['', '-wal', '-shm']) if (existsSync(values.out + suffix)) rmSync(values.out + suffix);
const started = performance.now();
const summary = await generateDataset(values.out, size, {
  ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  today: dayOf(new Date()),
});
console.log(JSON.stringify({ ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 }));
