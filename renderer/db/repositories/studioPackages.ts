/**
 * Studio data packages on this copy: export one studio's records (with the people and departments they name,
 * and the tombstones of deleted studio records); read the local side of a merge; apply a merge plan with the
 * user's choices for conflicts in one transaction, remembering each record's merge base.
 */
import { fromBase64 } from '../../../shared/crypto/encoding';
import type { Department, Person, RecordKind, Tombstone } from '../../../shared/domain';
import { planStudioMerge, recordContent, type LocalState, type MergePlan } from '../../../shared/studios/package/planStudioMerge';
import { buildStudioPackage } from '../../../shared/studios/package/studioPackage';
import { STUDIO_PACKAGE_TABLES, type PackageRecord, type StudioPackage, type StudioPackageTable } from '../../../shared/studios/package/studioPackageSchema';
import type { JiangxinDatabase } from '../database';
import { deleteWithTombstone } from './tombstones';

export type ConflictChoice = 'incoming' | 'local';

export function createStudioPackages(db: JiangxinDatabase) {
  const table = (name: StudioPackageTable) => db.table<PackageRecord, string>(name);

  async function departmentsWithParents(ids: readonly string[]): Promise<Department[]> {
    const found = new Map<string, Department>();
    let next = [...new Set(ids)];
    for (let guard = 0; next.length > 0 && guard < 20; guard++) {
      const rows = (await db.departments.bulkGet(next)).filter((d): d is Department => d !== undefined && !found.has(d.id));
      for (const d of rows) found.set(d.id, d);
      next = rows.flatMap((d) => (d.parentId && !found.has(d.parentId) ? [d.parentId] : []));
    }
    return [...found.values()];
  }

  return {
    async exportPackage(studioId: string): Promise<StudioPackage> {
      return db.transaction('r', [db.studios, db.projects, db.achievements, db.activities, db.people, db.departments, db.tombstones, db.attachments, db.attachmentBlobs], async () => {
        const studio = await db.studios.get(studioId);
        if (!studio) throw new Error(`studio ${studioId} not found`);
        const [projects, achievements, activities] = await Promise.all([
          db.projects.where('studioId').equals(studioId).toArray(),
          db.achievements.where('studioId').equals(studioId).toArray(),
          db.activities.where('studioId').equals(studioId).toArray(),
        ]);
        const personIds = new Set([studio.leadId, ...studio.memberIds, ...projects.flatMap((p) => p.memberIds), ...achievements.flatMap((a) => a.ownerIds), ...activities.flatMap((a) => a.attendeeIds)]);
        const people = (await db.people.bulkGet([...personIds])).filter((p): p is Person => p !== undefined);
        const departments = await departmentsWithParents([studio.departmentId, ...people.map((p) => p.departmentId)]);
        const tombstones: Tombstone[] = await db.tombstones.where('table').anyOf(['projects', 'achievements', 'activities', 'attachments']).toArray();
        const owners: [RecordKind, string][] = [['studio', studio.id], ...projects.map((p): [RecordKind, string] => ['project', p.id]), ...achievements.map((a): [RecordKind, string] => ['achievement', a.id]), ...activities.map((a): [RecordKind, string] => ['activity', a.id])];
        const attachments = await db.attachments.where('[ownerKind+ownerId]').anyOf(owners).toArray();
        const bytes = await db.attachmentBlobs.bulkGet(attachments.map((a) => a.id));
        const blobs = new Map(attachments.map((a, i) => [a.id, bytes[i]?.bytes ?? new Uint8Array(0)]));
        return buildStudioPackage({ studioId, records: { departments, people, studios: [studio], projects, achievements, activities, attachments }, tombstones, blobs });
      });
    },

    /** The merge plan of a package against this copy; nothing is written. */
    async plan(pkg: StudioPackage): Promise<MergePlan> {
      const entries = await Promise.all(
        STUDIO_PACKAGE_TABLES.map(async (name) => {
          const ids = [...(pkg.records[name] as readonly PackageRecord[]).map((r) => r.id), ...pkg.tombstones.filter((t) => t.table === name).map((t) => t.recordId)];
          const rows = await table(name).bulkGet(ids);
          return [name, new Map(rows.filter((r): r is PackageRecord => r !== undefined).map((r) => [r.id, r]))] as const;
        }),
      );
      const keys = [...STUDIO_PACKAGE_TABLES.flatMap((name) => (pkg.records[name] as readonly PackageRecord[]).map((r) => `${name}:${r.id}`)), ...pkg.tombstones.map((t) => t.id)];
      const [bases, tombstones, known] = await Promise.all([db.packageBases.bulkGet(keys), db.tombstones.bulkGet(keys), db.people.where('employeeNo').anyOf(pkg.records.people.map((p) => p.employeeNo)).toArray()]);
      const local: LocalState = {
        records: Object.fromEntries(entries) as unknown as LocalState['records'],
        peopleByEmployeeNo: new Map(known.map((p) => [p.employeeNo, p])),
        bases: new Map(bases.flatMap((b) => (b ? [[b.id, { version: b.version, content: b.content }] as const] : []))),
        tombstones: new Set(tombstones.flatMap((t) => (t ? [t.id] : []))),
      };
      return planStudioMerge(pkg, local);
    },

    /** Writes a plan whole or not at all; `choices` decides each conflict (by `${table}:${id}`, default local). */
    async apply(plan: MergePlan, choices: ReadonlyMap<string, ConflictChoice>): Promise<void> {
      const now = new Date().toISOString();
      // An attachment's bytes are written and removed with its record.
      const bytesOf = (id: string) => fromBase64(plan.blobs[id] ?? '') ?? new Uint8Array(0);
      await db.transaction('rw', [...STUDIO_PACKAGE_TABLES.map(table), db.attachmentBlobs, db.packageBases, db.tombstones], async () => {
        for (const item of plan.items) {
          const key = `${item.table}:${item.id}`;
          const store = table(item.table);
          const takesIncoming = item.action === 'add' || item.action === 'update' || (item.action === 'conflict' && choices.get(key) === 'incoming');
          if (item.action === 'add' || item.action === 'update') await store.put(item.incoming!);
          if (item.action === 'conflict' && choices.get(key) === 'incoming') {
            await store.put({ ...item.incoming!, version: Math.max(item.local!.version, item.incoming!.version) + 1, updatedAt: now });
          }
          if (takesIncoming && item.table === 'attachments') await db.attachmentBlobs.put({ id: item.id, bytes: bytesOf(item.id) });
          if (item.action === 'delete') {
            await deleteWithTombstone(db, store, item.id);
            if (item.table === 'attachments') await db.attachmentBlobs.delete(item.id);
          }
          if (item.incoming && item.action !== 'deleted_here') await db.packageBases.put({ id: key, version: item.incoming.version, content: recordContent(item.incoming) });
        }
      });
    },
  };
}

export type StudioPackages = ReturnType<typeof createStudioPackages>;
