import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
}));
vi.mock('electron', () => electron);

import { openExternalSafe } from '../../../src/main/electron/external';
import { externalHosts } from '../../../src/main/shell/externalLinks';

describe('openExternalSafe', () => {
  it('allows only the hosts the app links to', () => {
    expect(externalHosts).toEqual(['github.com']);
  });

  it('opens https links to an allowlisted host in the browser', () => {
    expect(openExternalSafe('https://github.com/stepwise/stepwise/issues')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://github.com/stepwise/stepwise/issues',
    );
  });

  it.each([
    ['plain http', 'http://github.com/stepwise'],
    ['a script', 'javascript:alert(document.cookie)'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['another host', 'https://example.com/'],
    ['a look-alike host', 'https://github.com.evil.example/'],
    ['a host ending in the allowed one', 'https://evilgithub.com/'],
    ['a subdomain', 'https://gist.github.com/'],
    ['credentials in the URL', 'https://user:secret@github.com/'],
    ['another port', 'https://github.com:8443/'],
    ['an app URL', 'app://stepwise/index.html'],
    ['something that is not a URL', 'github.com'],
  ])('refuses %s', (_what, url) => {
    expect(openExternalSafe(url)).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens the URL as checked, not the raw string', () => {
    expect(openExternalSafe('https://git\thub.com/stepwise')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://github.com/stepwise');
  });
});
