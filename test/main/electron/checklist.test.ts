/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), the items not already
 * tested where their code is tested: window.test.ts (isolation, sandbox, Node integration, web security,
 * insecure content, webviews, navigation, new windows, permissions), ipc.test.ts (the sender of every
 * channel), protocol.test.ts (app:// and its Content-Security-Policy), preload.test.ts (only window.api),
 * external.test.ts (openExternal), fuses.test.ts (the fuses).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Only pure functions of the shell run here; nothing of Electron is called.
vi.mock('electron', () => ({}));

import { APP_URL } from '../../../src/main/shell/appProtocol';
import { secureWebPreferences } from '../../../src/main/electron/window';

const repo = join(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("Electron's security checklist", () => {
  it('9, 10: enables no experimental or Blink features, and disables middle-click windows', () => {
    const preferences = secureWebPreferences('/app/preload.cjs');
    expect(preferences.experimentalFeatures ?? false).toBe(false);
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('1, 18: loads the app from its own app:// scheme, not file:// or the network', () => {
    expect(new URL(APP_URL).protocol).toBe('app:');
    // Only the shell in src/main/electron loads pages; it loads APP_URL, or the dev server in development.
    const shell = readdirSync(join(repo, 'src/main/electron')).map((name) =>
      readFileSync(join(repo, 'src/main/electron', name), 'utf8'),
    );
    const loaded = shell.flatMap((source) => [...source.matchAll(/\.loadURL\(([^)]*)\)/g)].map((m) => m[1]));
    expect(loaded.length).toBeGreaterThan(0);
    for (const argument of loaded) expect(argument).not.toMatch(/file:|https?:/);
    expect(shell.some((source) => /\.loadFile\(/.test(source))).toBe(false);
  });

  it('20: ships no module that hands Electron to the page (@electron/remote)', () => {
    const all = { ...packageJson.dependencies, ...packageJson.devDependencies };
    expect(Object.keys(all).filter((name) => /electron\/remote|electron-remote/.test(name))).toEqual([]);
    const sources = readdirSync(join(repo, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|tsx)$/.test(name))
      .map((name) => readFileSync(join(repo, 'src', name), 'utf8'));
    expect(sources.filter((source) => /['"]@electron\/remote['"]|enableRemoteModule/.test(source))).toEqual(
      [],
    );
  });

  it('16: is built on the Electron version package.json names', () => {
    const installed = (
      JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const wanted = packageJson.devDependencies.electron ?? '';
    expect(installed.split('.')[0]).toBe(wanted.replace(/^[\^~]/, '').split('.')[0]);
  });
});

describe('no network, ever', () => {
  it('every end-to-end file runs its pages under the harness that fails a test on any request leaving the app', () => {
    const e2e = join(repo, 'test/e2e');
    const files = readdirSync(e2e).filter((name) => name.endsWith('.e2e.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const source = readFileSync(join(e2e, name), 'utf8');
      expect(source, name).toMatch(/setupE2e\(\)/);
      // Pages come from launchApp, which watches them; a page made directly would escape the guards.
      expect(source, name).not.toMatch(/\.newPage\(|\.newContext\(|chromium\.launch/);
    }
  });
});
