#!/usr/bin/env node
// The `stepwise` command line. Its code is built into out/cli by `npm run build` (or `npm run build:cli`).
try {
  await import('../out/cli/stepwise.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('out/cli')) throw error;
  process.stderr.write('stepwise: the command line is not built yet: run `npm run build:cli`.\n');
  process.exitCode = 1;
}
