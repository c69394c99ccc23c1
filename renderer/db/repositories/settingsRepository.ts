import type { JiangxinDatabase } from '../database';

/** Workspace settings that travel with the data (backups include them). */
export const SETTING_KEYS = {
  /** When the user made the first-run choice (demo or empty); absent on a brand-new workspace. */
  initialisedAt: 'workspace.initialisedAt',
  /** How the workspace began: 'demo' or 'empty'. */
  origin: 'workspace.origin',
} as const;

export function createSettingsRepository(db: JiangxinDatabase) {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      return (await db.settings.get(key))?.value as T | undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
