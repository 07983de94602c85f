import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The `electronFuses` block of electron-builder.yml, as `name: true|false` pairs: the fuses electron-builder
 * flips in the Electron binary when it packages the app.
 */
function fusesOf(yaml: string): Record<string, boolean> {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => /^electronFuses:\s*$/.test(line));
  if (start < 0) return {};
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^\s+(\w+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (match) fuses[match[1]!] = match[2] === 'true';
  }
  return fuses;
}

const config = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');

describe('the fuses set at packaging', () => {
  it('turn off running as Node, and load the app only from an archive whose integrity is checked', () => {
    expect(fusesOf(config)).toMatchObject({
      runAsNode: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('turn off the other ways to run code in the main process, and file:// privileges', () => {
    expect(fusesOf(config)).toMatchObject({
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('package the app as an archive, without which the integrity check has nothing to check', () => {
    expect(config).toMatch(/^asar: true$/m);
  });

  it('are read from the block as written', () => {
    expect(
      fusesOf(
        'a: 1\nelectronFuses:\n  runAsNode: true # comment\n  other: false\nnext:\n  runAsNode: false\n',
      ),
    ).toEqual({
      runAsNode: true,
      other: false,
    });
  });
});
