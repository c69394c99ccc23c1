import type { Repositories } from '../../db/repositories';
import { SETTING_KEYS } from '../../db/repositories';

/**
 * Generates the demo workspace and stores it in one transaction. The generator is loaded on demand so it
 * is not part of the first screen's JavaScript.
 */
export async function loadDemoWorkspace(repositories: Repositories): Promise<void> {
  const { generateDemoWorkspace } = await import('../../../shared/demo/generateDemoWorkspace');
  await repositories.workspace.replaceWith(generateDemoWorkspace());
  await repositories.settings.set(SETTING_KEYS.origin, 'demo');
  await repositories.settings.set(SETTING_KEYS.initialisedAt, new Date().toISOString());
}

export async function startEmptyWorkspace(repositories: Repositories): Promise<void> {
  await repositories.settings.set(SETTING_KEYS.origin, 'empty');
  await repositories.settings.set(SETTING_KEYS.initialisedAt, new Date().toISOString());
}
