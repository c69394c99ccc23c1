/**
 * What merging a studio package into this copy would do, record by record, before anything is written. Pure.
 *
 * - A person whose employee number is already known under another id is matched to the stored person, and
 *   every reference to them in the package is rewritten, so the unique index never sees a duplicate.
 * - A record is compared with what the last import of a package said about it (its merge base): changed only
 *   in the package → update; changed only here → keep; changed on both sides (or no base and different) →
 *   conflict, shown side by side for the user to choose. Identical content → unchanged, so re-importing the
 *   same package writes nothing new.
 * - A tombstone deletes the local record when it was not changed here since the last import.
 */
import type { Achievement, Activity, Person, Project, Studio, Tombstone } from '../../domain';
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { STUDIO_PACKAGE_TABLES, type PackageRecord, type StudioPackage, type StudioPackageTable } from './studioPackageSchema';

export interface MergeBase {
  readonly version: number;
  readonly content: string;
}

export interface LocalState {
  /** Local records with the ids the package names, per table. */
  readonly records: { readonly [T in StudioPackageTable]: ReadonlyMap<string, PackageRecord> };
  /** Local people with the employee numbers the package names. */
  readonly peopleByEmployeeNo: ReadonlyMap<string, Person>;
  /** Merge bases by `${table}:${id}`. */
  readonly bases: ReadonlyMap<string, MergeBase>;
  /** Local tombstones by `${table}:${id}`. */
  readonly tombstones: ReadonlySet<string>;
}

export type MergeAction = 'add' | 'update' | 'unchanged' | 'keep_local' | 'conflict' | 'delete' | 'deleted_here';

export interface MergeItem {
  readonly table: StudioPackageTable;
  readonly id: string;
  readonly action: MergeAction;
  readonly incoming?: PackageRecord;
  readonly local?: PackageRecord;
}

export interface MergePlan {
  readonly items: readonly MergeItem[];
  /** The package's attachment bytes (base64, by attachment id), written with the attachments the merge writes. */
  readonly blobs: Readonly<Record<string, string>>;
  /** Package person id → local person id, for people matched by employee number. */
  readonly matchedPeople: ReadonlyMap<string, string>;
  readonly counts: Readonly<Record<MergeAction, number>>;
}

/** The content of a record that a merge compares: everything but version and timestamp. */
export function recordContent(record: PackageRecord): string {
  const { version: _v, updatedAt: _u, ...content } = record;
  return canonicalJson(content);
}

function remap(ids: readonly string[], map: ReadonlyMap<string, string>): string[] {
  return [...new Set(ids.map((id) => map.get(id) ?? id))];
}

/** The package's records with matched people's ids replaced by the local ones. */
function rewritePeople(pkg: StudioPackage, map: ReadonlyMap<string, string>): StudioPackage['records'] {
  if (map.size === 0) return pkg.records;
  const r = pkg.records;
  return {
    ...r,
    people: r.people.filter((p) => !map.has(p.id)),
    studios: r.studios.map((s): Studio => ({ ...s, leadId: map.get(s.leadId) ?? s.leadId, memberIds: remap(s.memberIds, map) })),
    projects: r.projects.map((p): Project => ({ ...p, memberIds: remap(p.memberIds, map) })),
    achievements: r.achievements.map((a): Achievement => ({ ...a, ownerIds: remap(a.ownerIds, map) })),
    activities: r.activities.map((a): Activity => ({ ...a, attendeeIds: remap(a.attendeeIds, map) })),
  };
}

export function planStudioMerge(pkg: StudioPackage, local: LocalState): MergePlan {
  const matchedPeople = new Map<string, string>();
  for (const p of pkg.records.people) {
    const holder = local.peopleByEmployeeNo.get(p.employeeNo);
    if (holder && holder.id !== p.id) matchedPeople.set(p.id, holder.id);
  }
  const records = rewritePeople(pkg, matchedPeople);
  const items: MergeItem[] = [];
  for (const table of STUDIO_PACKAGE_TABLES) {
    for (const incoming of records[table] as readonly PackageRecord[]) {
      const key = `${table}:${incoming.id}`;
      const mine = local.records[table].get(incoming.id);
      const item = (action: MergeAction): MergeItem => ({ table, id: incoming.id, action, incoming, ...(mine ? { local: mine } : {}) });
      if (!mine) {
        items.push(item(local.tombstones.has(key) ? 'deleted_here' : 'add'));
        continue;
      }
      const theirs = recordContent(incoming);
      const ours = recordContent(mine);
      if (theirs === ours) {
        items.push(item('unchanged'));
        continue;
      }
      const base = local.bases.get(key);
      if (!base) items.push(item('conflict'));
      else if (ours === base.content) items.push(item('update'));
      else if (theirs === base.content) items.push(item('keep_local'));
      else items.push(item('conflict'));
    }
  }
  for (const tombstone of pkg.tombstones as readonly Tombstone[]) {
    const table = tombstone.table as StudioPackageTable;
    if (!(STUDIO_PACKAGE_TABLES as readonly string[]).includes(table)) continue;
    const mine = local.records[table].get(tombstone.recordId);
    if (!mine) continue;
    const base = local.bases.get(tombstone.id);
    const untouched = base ? recordContent(mine) === base.content : mine.version <= tombstone.version;
    items.push({ table, id: tombstone.recordId, action: untouched ? 'delete' : 'keep_local', local: mine });
  }
  const counts = { add: 0, update: 0, unchanged: 0, keep_local: 0, conflict: 0, delete: 0, deleted_here: 0 };
  for (const i of items) counts[i.action]++;
  return { items, blobs: pkg.blobs, matchedPeople, counts };
}
