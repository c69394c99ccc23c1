import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rendererRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer');

function localeFolders(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...localeFolders(path));
    else if (name === 'zh-CN.json') found.push(dir);
  }
  return found;
}

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function load(folder: string, language: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8'));
}

describe('translations', () => {
  const folders = localeFolders(rendererRoot);

  it.each(folders.map((f) => [relative(rendererRoot, f), f]))('%s has the same keys in zh-CN and en-US', (_name, folder) => {
    expect(keys(load(folder, 'en-US')).sort()).toEqual(keys(load(folder, 'zh-CN')).sort());
  });

  it.each(folders.map((f) => [relative(rendererRoot, f), f]))('%s has no empty strings and no Chinese in en-US', (_name, folder) => {
    const en = load(folder, 'en-US');
    const zh = load(folder, 'zh-CN');
    const values = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(values));
    for (const value of [...values(en), ...values(zh)]) expect(value.trim()).not.toBe('');
    for (const value of values(en)) expect(value).not.toMatch(/\p{Script=Han}/u);
  });

  it('feature files each own one top-level key that no other file uses', () => {
    const owners = new Map<string, string>();
    for (const folder of folders) {
      for (const key of Object.keys(load(folder, 'zh-CN'))) {
        expect(owners.get(key), `"${key}" is defined in ${owners.get(key)} and ${folder}`).toBeUndefined();
        owners.set(key, folder);
      }
    }
  });
});
