import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../src/main/cli/databasePath';

describe("the app's database, as the command line finds it", () => {
  it('is in the user data folder Electron gives an app named Stepwise', () => {
    expect(
      defaultDatabasePath('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe(join('C:\\Users\\ana\\AppData\\Roaming', 'Stepwise', 'stepwise.db'));
    expect(defaultDatabasePath('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Stepwise/stepwise.db',
    );
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe(
      '/xdg/Stepwise/stepwise.db',
    );
    expect(defaultDatabasePath('linux', {}, '/home/ana')).toBe('/home/ana/.config/Stepwise/stepwise.db');
  });
});
