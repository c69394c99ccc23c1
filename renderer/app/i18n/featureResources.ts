/**
 * Features that own many strings keep them beside their code, in `features/<name>[/<part>]/i18n/{zh-CN,en-US}.json`,
 * each file holding one top-level key named after the feature. They are merged here into the one
 * translation resource per language. Both languages must list the same keys (checked by a unit test).
 */
import type { Language } from './index';

type Resource = Record<string, unknown>;

const modules = import.meta.glob<Resource>('../../features/**/i18n/*.json', { eager: true, import: 'default' });

function collect(language: Language): Resource {
  const merged: Resource = {};
  for (const [path, resource] of Object.entries(modules)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, resource);
  }
  return merged;
}

export const featureResources: Record<Language, Resource> = {
  'zh-CN': collect('zh-CN'),
  'en-US': collect('en-US'),
};
