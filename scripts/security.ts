/**
 * `npm run security`: Electronegativity's checks on the app's source (src/) and package.json, for the
 * installed Electron. Prints the count of findings by severity, then each finding; fails on any high or
 * medium one.
 *
 * It drives Electronegativity's loader, parser and checks the way its `run()` does, offline: `run()`
 * first downloads translations of its messages, and its HTTP client can crash the process when that
 * request times out. The English messages it ships are used instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const tool = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const electronVersion = (require('electron/package.json') as { version: string }).version;

/**
 * Checks that do not apply to this app, each with why. Findings that are false positives at one place
 * are silenced there instead, with an `eng-disable` comment that says why.
 */
const excluded: Record<string, string> = {
  // Downloads Electron's list of releases from GitHub: the tests run with no network. `npm audit` and
  // the Electron version in package.json are where security releases are tracked.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
  // Recognises only a policy written as a literal in HTML or in a webRequest header. Ours is built in
  // src/shared/security.ts and sent with every page by the app:// protocol (src/main/shell/appProtocol.ts);
  // test/main/electron/protocol.test.ts checks it: no unsafe-eval, no inline scripts, object-src 'none'.
  CSPGlobalCheck: 'cannot see a policy made in code',
};

interface Severity {
  value: number;
  name: string;
}
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: Severity;
  confidence: { name: string };
  manualReview: boolean;
  visibility?: { inlineDisabled: boolean; globalCheckDisabled: boolean };
}
/** The parts of Electronegativity this script drives; it ships no types. */
interface Tool {
  Parser: new (
    babelFirst: boolean,
    typescriptBabelFirst: boolean,
  ) => {
    parse(file: string, content: Buffer): [unknown, unknown, unknown, { message: string }[] | undefined];
  };
  Finder: new (
    custom: string[],
    exclude: string[],
  ) => {
    find(
      file: string,
      data: unknown,
      type: unknown,
      content: unknown,
      only: null,
      version: string,
    ): Promise<Issue[]>;
  };
  GlobalChecks: new (
    custom: string[],
    exclude: string[],
  ) => {
    getResults(issues: Issue[], output?: string): Promise<Issue[]>;
  };
  i18n: { configure(options: object): void };
}

function loadTool(): Tool {
  const i18n = require(require.resolve('i18n', { paths: [tool] })) as Tool['i18n'];
  // The checks word their findings through a global `__`, which the i18n module registers.
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(tool, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    register: globalThis,
  });
  const { Parser } = require(join(tool, 'dist/parser/parser')) as Pick<Tool, 'Parser'>;
  const { Finder, GlobalChecks } = require(join(tool, 'dist/finder')) as Pick<
    Tool,
    'Finder' | 'GlobalChecks'
  >;
  return { Parser, Finder, GlobalChecks, i18n };
}

/** The files Electronegativity reads: the app's source and its package.json. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return ['.ts', '.tsx', '.js', '.html'].includes(extname(name)) ? [path] : [];
  });
}

async function main(): Promise<number> {
  const { Parser, Finder, GlobalChecks } = loadTool();
  const exclude = Object.keys(excluded).map((name) => name.toLowerCase());
  const parser = new Parser(false, true);
  const finder = new Finder(
    [],
    exclude.filter((name) => !name.includes('globalcheck')),
  );
  const globalChecks = new GlobalChecks([], exclude);
  const files = [...sources(join(root, 'src')), join(root, 'package.json')];
  let issues: Issue[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      const [type, data, content] = parser.parse(file, readFileSync(file));
      if (data !== null)
        issues.push(...(await finder.find(file, data, type, content, null, electronVersion)));
    } catch (error) {
      unreadable.push(`${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  issues = (await globalChecks.getResults(issues)).filter(
    (issue) =>
      !issue.visibility || (!issue.visibility.inlineDisabled && !issue.visibility.globalCheckDisabled),
  );

  const count = (name: string) => issues.filter((issue) => issue.severity.name === name).length;
  process.stdout.write(
    `Electronegativity on ${files.length} files (Electron ${electronVersion}): ` +
      `${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ${count('INFORMATIONAL')} informational\n`,
  );
  for (const issue of issues.sort((a, b) => b.severity.value - a.severity.value)) {
    const where = issue.file === 'N/A' ? '' : ` ${relative(root, issue.file)}:${issue.location.line}`;
    const review = issue.manualReview ? ' (to review)' : '';
    process.stdout.write(`  ${issue.severity.name} ${issue.id}${where}${review}: ${issue.description}\n`);
  }
  for (const [check, why] of Object.entries(excluded)) process.stdout.write(`  not run: ${check}: ${why}\n`);
  for (const problem of unreadable) process.stdout.write(`  could not read ${problem}\n`);
  return count('HIGH') + count('MEDIUM') > 0 || unreadable.length > 0 ? 1 : 0;
}

process.exitCode = await main();
