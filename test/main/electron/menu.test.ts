import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })) },
}));
vi.mock('electron', () => electron);

import { applicationMenu, menuTemplate } from '../../../src/main/electron/menu';

const topRoles = (template: MenuItemConstructorOptions[]) => template.map((item) => item.role);

function submenuRoles(template: MenuItemConstructorOptions[], role: MenuItemConstructorOptions['role']) {
  const submenu = template.find((item) => item.role === role)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no ${role} submenu`);
  return submenu.map((item) => item.role ?? item.type);
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help, with the app menu first on macOS only', () => {
    const menus = ['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'];
    expect(topRoles(menuTemplate({ isMac: false, isPackaged: true }))).toEqual(menus);
    expect(topRoles(menuTemplate({ isMac: true, isPackaged: true }))).toEqual(['appMenu', ...menus]);
  });

  it('puts Close and Quit in File, leaving Quit to the app menu on macOS', () => {
    expect(submenuRoles(menuTemplate({ isMac: false, isPackaged: true }), 'fileMenu')).toEqual([
      'close',
      'separator',
      'quit',
    ]);
    expect(submenuRoles(menuTemplate({ isMac: true, isPackaged: true }), 'fileMenu')).toEqual(['close']);
  });

  it('has the usual editing roles', () => {
    expect(submenuRoles(menuTemplate({ isMac: false, isPackaged: true }), 'editMenu')).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const view = ['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen'];
    expect(submenuRoles(menuTemplate({ isMac: false, isPackaged: true }), 'viewMenu')).toEqual(view);
    expect(submenuRoles(menuTemplate({ isMac: false, isPackaged: false }), 'viewMenu')).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'separator',
      ...view,
    ]);
  });

  it('has the window roles of each platform', () => {
    expect(submenuRoles(menuTemplate({ isMac: false, isPackaged: true }), 'windowMenu')).toEqual([
      'minimize',
      'zoom',
      'close',
    ]);
    expect(submenuRoles(menuTemplate({ isMac: true, isPackaged: true }), 'windowMenu')).toEqual([
      'minimize',
      'zoom',
      'separator',
      'front',
    ]);
  });

  it('builds the application menu from the template', () => {
    const options = { isMac: false, isPackaged: true };
    expect(applicationMenu(options)).toEqual({ template: menuTemplate(options) });
  });
});
