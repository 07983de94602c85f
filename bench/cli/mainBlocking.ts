/**
 * `node out/bench/mainBlocking.mjs <dataset> <scratch folder>`: measures `main.maxBlock` (bench/mainBlocking.ts)
 * and prints it as JSON. Run by run.mjs in a process of its own, whose main thread holds, as the app's
 * main process does, none of the other measurements' data: collecting theirs held it up to 64 ms.
 */
import { fileURLToPath } from 'node:url';
import { mainBlocking } from '../mainBlocking';

const [dataset, workDir] = process.argv.slice(2);
if (!dataset || !workDir) {
  console.error('usage: node out/bench/mainBlocking.mjs <dataset> <scratch folder>');
  process.exit(2);
}
// Built beside mainBlocking.mjs by vite.bench.config.ts.
const workerUrl = new URL('./coreWorker.mjs', import.meta.url);
const backupWorkerUrl = fileURLToPath(new URL('./backupWorker.mjs', import.meta.url));
console.log(JSON.stringify(await mainBlocking({ workerUrl, backupWorkerUrl, dataset, workDir })));
