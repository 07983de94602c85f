/** The application menu: the platform's usual items, with developer tools only in development. */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ isMac, isPackaged }: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  // On macOS Quit lives in the app menu.
  const quit: MenuItemConstructorOptions[] = isMac ? [] : [separator, { role: 'quit' }];
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const windowItems: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
    : [{ role: 'minimize' }, { role: 'zoom' }, { role: 'close' }];
  // On macOS About lives in the app menu.
  const helpItems: MenuItemConstructorOptions[] = isMac ? [] : [{ role: 'about' }];

  return [
    ...appMenu,
    { role: 'fileMenu', submenu: [{ role: 'close' }, ...quit] },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu', submenu: windowItems },
    { role: 'help', submenu: helpItems },
  ];
}

export function applicationMenu(options: MenuOptions): Menu {
  return Menu.buildFromTemplate(menuTemplate(options));
}
