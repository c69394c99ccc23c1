import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../shared/demo/generateDemoWorkspace';
import { sha256Hex } from '../../../shared/competitions/webApis';
import { JiangxinDatabase } from '../../db/database';
import { readSnapshot, RestoreRefusedError } from '../../db/backup/snapshot';
import { createRepositories } from '../../db/repositories';
import { IMPORT_LIMITS } from '../../../shared/safety/importLimits';
import { inspectZip } from '../../../shared/safety/inspectZip';
import { makeBackup, restoreVerifiedBackup, verifyBackupBytes } from './backupService';

const opened: JiangxinDatabase[] = [];
async function freshDatabase(): Promise<JiangxinDatabase> {
  const db = new JiangxinDatabase(`backup-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The demo workspace plus two attachments with real bytes (one of every byte value, one empty). */
async function demoWithAttachments(): Promise<JiangxinDatabase> {
  const db = await freshDatabase();
  const repositories = createRepositories(db);
  const demo = generateDemoWorkspace();
  await repositories.workspace.replaceWith(demo);
  const article = demo.articles[0]!;
  const bytes = [Uint8Array.from({ length: 256 }, (_, i) => i), new Uint8Array(0)];
  for (const [i, content] of bytes.entries()) {
    const id = `att-${i}`;
    await db.attachments.put({
      id, version: 1, updatedAt: '2024-05-01T08:00:00.000Z', ownerKind: 'article', ownerId: article.id,
      name: `附件${i}.bin`, mime: 'application/octet-stream', size: content.byteLength, sha256: await sha256Hex(content),
    });
    await db.attachmentBlobs.put({ id, bytes: content });
  }
  await repositories.settings.set('workspace.origin', 'demo');
  return db;
}

describe('backup and restore', () => {
  it('reproduces the demo workspace with its attachments exactly, table by table', async () => {
    const source = await demoWithAttachments();
    const bytes = await makeBackup(createRepositories(source).backup, 'manual');
    const verified = await verifyBackupBytes(bytes);
    if (!verified.ok) throw new Error(verified.code);
    expect(verified.summary.attachments).toBe(2);

    const target = await freshDatabase();
    await createRepositories(target).settings.set('other', 'to be replaced');
    await restoreVerifiedBackup(createRepositories(target).backup, verified.backup);

    const before = await readSnapshot(source);
    const after = await readSnapshot(target);
    expect(Object.keys(after.tables).sort()).toEqual(target.tables.map((t) => t.name).sort());
    for (const name of Object.keys(before.tables)) expect(after.tables[name], name).toEqual(before.tables[name]);
    const blob = await target.attachmentBlobs.get('att-0');
    expect(blob?.bytes).toBeInstanceOf(Uint8Array);
    expect(await sha256Hex(blob!.bytes)).toBe((await target.attachments.get('att-0'))?.sha256);
  });

  it('refuses a backup with any byte of its content changed and leaves the workspace as it was', async () => {
    const source = await demoWithAttachments();
    const bytes = await makeBackup(createRepositories(source).backup, 'manual');
    const target = await freshDatabase();
    await createRepositories(target).settings.set('kept', 'yes');
    const before = await readSnapshot(target);
    const listing = inspectZip(bytes, IMPORT_LIMITS.backup.zip);
    if (!listing.ok) throw new Error(listing.code);
    // First, middle and last byte of every entry's stored data: manifest, its hash, each table, each blob.
    const offsets = listing.entries.filter((e) => e.compressedSize > 0).flatMap((e) => [e.dataOffset, e.dataOffset + Math.floor(e.compressedSize / 2), e.dataOffset + e.compressedSize - 1]);
    expect(offsets.length).toBeGreaterThan(40);
    for (const at of offsets) {
      const damaged = bytes.slice();
      damaged[at] = damaged[at]! ^ 0xff;
      const result = await verifyBackupBytes(damaged);
      expect(result.ok, `byte ${at}`).toBe(false);
    }
    expect(await verifyBackupBytes(bytes.slice(0, bytes.length - 100))).toMatchObject({ ok: false });
    expect(await readSnapshot(target)).toEqual(before);
    // Over a hundred full checks of the whole demo backup: time for a busy machine.
  }, 180_000);

  it('refuses to restore a backup made by a newer version of the app', async () => {
    const source = await demoWithAttachments();
    const verified = await verifyBackupBytes(await makeBackup(createRepositories(source).backup, 'manual'));
    if (!verified.ok) throw new Error(verified.code);
    const newer = { ...verified.backup, manifest: { ...verified.backup.manifest, schemaVersion: source.verno + 1 } };
    const target = await freshDatabase();
    await expect(restoreVerifiedBackup(createRepositories(target).backup, newer)).rejects.toBeInstanceOf(RestoreRefusedError);
  });
});
