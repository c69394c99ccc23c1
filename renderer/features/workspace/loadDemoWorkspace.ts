import { sealCodeMap } from '../../../shared/competitions/sealing/codeMap';
import { DEMO_SEAL_ITERATIONS, DEMO_SEAL_PASSPHRASE } from '../../../shared/demo/data/demoPin';
import type { WorkspaceRecords } from '../../../shared/domain';
import type { SealedMapRow } from '../../db/repositories';
import type { Repositories } from '../../db/repositories';
import { SETTING_KEYS } from '../../db/repositories';
import { autoBackupBefore } from '../backup/autoBackup';
import { sealedMapRow } from '../../db/repositories/sealingRepository';

/**
 * The demo's secret code draws, sealed under the demo passphrase (README) as an encryption officer would seal
 * them: the codes never reach the database in clear. Each box records its (demo-only, lower) iteration count.
 */
export async function sealDemoCodeMaps(records: WorkspaceRecords): Promise<SealedMapRow[]> {
  const { demoCodeMaps } = await import('../../../shared/demo/generateEntries');
  const officerOf = new Map(records.judges.filter((j) => j.role === 'encryption').map((j) => [j.competitionId, j.id]));
  const sealedAt = new Map(records.competitions.map((c) => [c.id, c.drawnAt ?? c.updatedAt]));
  return Promise.all(
    demoCodeMaps(records).map(async (map) =>
      sealedMapRow(map, await sealCodeMap(map, DEMO_SEAL_PASSPHRASE, DEMO_SEAL_ITERATIONS), officerOf.get(map.competitionId) ?? '', new Date(sealedAt.get(map.competitionId)!)),
    ),
  );
}

/**
 * Generates the demo workspace and stores it in one transaction. The generator is loaded on demand so it
 * is not part of the first screen's JavaScript. A workspace with records is backed up automatically first
 * (and nothing is replaced if that backup cannot be made).
 */
export async function loadDemoWorkspace(repositories: Repositories): Promise<void> {
  await autoBackupBefore(repositories, 'before-demo');
  const { generateDemoWorkspace } = await import('../../../shared/demo/generateDemoWorkspace');
  const records = generateDemoWorkspace();
  await repositories.workspace.replaceWith(records, await sealDemoCodeMaps(records));
  await repositories.settings.set(SETTING_KEYS.origin, 'demo');
  await repositories.settings.set(SETTING_KEYS.initialisedAt, new Date().toISOString());
}

export async function startEmptyWorkspace(repositories: Repositories): Promise<void> {
  await repositories.settings.set(SETTING_KEYS.origin, 'empty');
  await repositories.settings.set(SETTING_KEYS.initialisedAt, new Date().toISOString());
}
