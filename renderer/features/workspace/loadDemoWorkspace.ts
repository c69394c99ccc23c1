import type { Repositories } from '../../db/repositories';
import { SETTING_KEYS } from '../../db/repositories';
import { autoBackupBefore } from '../backup/autoBackup';

/**
 * Generates the demo workspace and stores it in one transaction. The generator is loaded on demand so it
 * is not part of the first screen's JavaScript. A workspace with records is backed up automatically first
 * (and nothing is replaced if that backup cannot be made).
 */
export async function loadDemoWorkspace(repositories: Repositories): Promise<void> {
  await autoBackupBefore(repositories, 'before-demo');
  const { generateDemoWorkspace } = await import('../../../shared/demo/generateDemoWorkspace');
  await repositories.workspace.replaceWith(generateDemoWorkspace());
  await repositories.settings.set(SETTING_KEYS.origin, 'demo');
  await repositories.settings.set(SETTING_KEYS.initialisedAt, new Date().toISOString());
}

export async function startEmptyWorkspace(repositories: Repositories): Promise<void> {
  await repositories.settings.set(SETTING_KEYS.origin, 'empty');
  await repositories.settings.set(SETTING_KEYS.initialisedAt, new Date().toISOString());
}
