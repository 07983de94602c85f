/** The entry of the built command line (out/cli/stepwise.mjs), run by bin/stepwise.mjs. */
import { homedir } from 'node:os';
import { runCli } from './stepwise';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  platform: process.platform,
  home: homedir(),
});
