import { join } from 'node:path';

/**
 * Where the app keeps its database: Electron's `userData` folder for an app named Stepwise, which the
 * command line must find without Electron.
 */
export function defaultDatabasePath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'Stepwise', 'stepwise.db');
}
