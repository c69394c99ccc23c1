import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter(Boolean);

describe('application menu', () => {
  it('uses only roles (no labels to translate)', () => {
    const template = buildMenuTemplate('win32', false);
    expect(template.every((item) => item.label === undefined)).toBe(true);
  });

  it('has no reload or developer tools in production, and has them in development', () => {
    expect(roles(buildMenuTemplate('win32', false))).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(buildMenuTemplate('win32', false))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('linux', true))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('adds the app menu on macOS only', () => {
    expect(roles(buildMenuTemplate('darwin', false))[0]).toBe('appMenu');
    expect(roles(buildMenuTemplate('win32', false))).not.toContain('appMenu');
  });
});
