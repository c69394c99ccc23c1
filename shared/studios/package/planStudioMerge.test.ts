import { describe, expect, it } from 'vitest';
import type { Department, Person, Project, Studio } from '../../domain';
import { planStudioMerge, recordContent, type LocalState, type MergeBase } from './planStudioMerge';
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { sha256Hex } from '../../util/sha256';
import { buildStudioPackage, readStudioPackage } from './studioPackage';
import { STUDIO_PACKAGE_TABLES, type PackageRecord, type StudioPackageTable } from './studioPackageSchema';

const utf8 = (text: string) => new TextEncoder().encode(text);

const at = '2024-05-01T00:00:00.000Z';
const dept: Department = { id: 'd1', version: 1, updatedAt: at, name: '变电车间' };
const lead: Person = { id: 'p-lead', version: 1, updatedAt: at, name: '李昊', employeeNo: 'E1', departmentId: 'd1', trade: '变电检修工', honours: [] };
const member: Person = { id: 'p-studio-2', version: 1, updatedAt: at, name: '王海', employeeNo: 'E2', departmentId: 'd1', trade: '变电检修工', honours: [] };
const studio: Studio = { id: 's1', version: 1, updatedAt: at, name: '变电运维工作室', kind: 'staff', leadId: 'p-lead', memberIds: ['p-studio-2'], departmentId: 'd1', trade: '', focus: '', foundedYear: 2019, ratings: [] };
const project: Project = { id: 'pr1', version: 3, updatedAt: at, studioId: 's1', title: '继电保护校验', summary: '', stage: 'trial', gates: [], memberIds: ['p-lead', 'p-studio-2'], startDate: '2024-01-01', budgetFen: 0, spentFen: 0, milestones: [], notes: [] };

const pkg = (records: Partial<Record<StudioPackageTable, PackageRecord[]>> = {}, tombstones = [] as Parameters<typeof buildStudioPackage>[0]['tombstones']) =>
  buildStudioPackage({ studioId: 's1', records: { departments: [dept], people: [lead, member], studios: [studio], projects: [project], achievements: [], activities: [], attachments: [], ...records } as never, tombstones });

function localOf(records: PackageRecord[], people: Person[] = [], bases = new Map<string, MergeBase>(), tombstones = new Set<string>()): LocalState {
  const byTable = Object.fromEntries(STUDIO_PACKAGE_TABLES.map((t) => [t, new Map<string, PackageRecord>()])) as Record<StudioPackageTable, Map<string, PackageRecord>>;
  for (const r of records) {
    const table: StudioPackageTable = 'employeeNo' in r ? 'people' : 'kind' in r && 'leadId' in r ? 'studios' : 'stage' in r ? 'projects' : 'departments';
    byTable[table].set(r.id, r);
  }
  return { records: byTable, peopleByEmployeeNo: new Map(people.map((p) => [p.employeeNo, p])), bases, tombstones };
}

describe('studio package merge', () => {
  it('adds everything to an empty copy, and re-importing the same package changes nothing', () => {
    const first = planStudioMerge(pkg(), localOf([]));
    expect(first.counts).toMatchObject({ add: 5, conflict: 0 });
    const applied = first.items.map((i) => i.incoming!);
    const again = planStudioMerge(pkg(), localOf(applied, [lead, member]));
    expect(again.counts).toMatchObject({ add: 0, unchanged: 5, update: 0, conflict: 0 });
  });

  it('matches a person of another unit by employee number and rewrites references to them', () => {
    const known: Person = { ...member, id: 'p-office-77' };
    const plan = planStudioMerge(pkg(), localOf([known], [known]));
    expect(plan.matchedPeople.get('p-studio-2')).toBe('p-office-77');
    expect(plan.items.some((i) => i.table === 'people' && i.id === 'p-studio-2')).toBe(false);
    expect((plan.items.find((i) => i.table === 'projects')?.incoming as Project).memberIds).toEqual(['p-lead', 'p-office-77']);
    expect((plan.items.find((i) => i.table === 'studios')?.incoming as Studio).memberIds).toEqual(['p-office-77']);
  });

  it('updates what changed only in the package, keeps what changed only here, and flags changes on both sides', () => {
    const base = new Map([[`projects:pr1`, { version: 3, content: recordContent(project) }]]);
    const theirs = { ...project, version: 4, stage: 'completed' as const };
    const ours = { ...project, version: 4, title: '继电保护校验（改）' };
    expect(planStudioMerge(pkg({ projects: [theirs] }), localOf([project], [], base)).items.find((i) => i.id === 'pr1')?.action).toBe('update');
    expect(planStudioMerge(pkg({ projects: [project] }), localOf([ours], [], base)).items.find((i) => i.id === 'pr1')?.action).toBe('keep_local');
    const conflict = planStudioMerge(pkg({ projects: [theirs] }), localOf([ours], [], base)).items.find((i) => i.id === 'pr1');
    expect(conflict).toMatchObject({ action: 'conflict', incoming: { stage: 'completed' }, local: { title: '继电保护校验（改）' } });
  });

  it('carries deletions as tombstones', () => {
    const base = new Map([[`projects:pr1`, { version: 3, content: recordContent(project) }]]);
    const plan = planStudioMerge(pkg({ projects: [] }, [{ id: 'projects:pr1', table: 'projects', recordId: 'pr1', version: 3, deletedAt: at }]), localOf([project], [], base));
    expect(plan.items.find((i) => i.id === 'pr1')?.action).toBe('delete');
  });

  it('reads back a package and refuses one changed after export', () => {
    const text = JSON.stringify(pkg());
    expect(readStudioPackage(utf8(text)).ok).toBe(true);
    expect(readStudioPackage(utf8(text.replace('继电保护校验', '继电保护校验X')))).toEqual({ ok: false, code: 'checksum_mismatch' });
    // The studio id sits outside the checksum: one that names no studio carried is refused (found by the fuzzer).
    expect(readStudioPackage(utf8(text.replace('"studioId":"s1"', '"studioId":"r1"')))).toEqual({ ok: false, code: 'invalid', detail: 'studioId' });
    expect(readStudioPackage(utf8('{"format":"other"}'))).toEqual({ ok: false, code: 'not_a_studio_package' });
  });

  it('carries attachments with their bytes, refuses bytes that do not match, and still reads version 1 files', () => {
    const bytes = utf8('现场照片');
    const attachment = { id: 'att-1', version: 1, updatedAt: at, ownerKind: 'project' as const, ownerId: 'pr1', name: '照片.jpg', mime: 'image/jpeg', size: bytes.byteLength, sha256: sha256Hex(bytes) };
    const withFile = buildStudioPackage({ studioId: 's1', records: { departments: [dept], people: [lead, member], studios: [studio], projects: [project], achievements: [], activities: [], attachments: [attachment] }, tombstones: [], blobs: new Map([['att-1', bytes]]) });
    const read = readStudioPackage(utf8(JSON.stringify(withFile)));
    expect(read.ok && read.pkg.records.attachments).toEqual([attachment]);
    expect(read.ok && Object.keys(read.pkg.blobs)).toEqual(['att-1']);
    // Other bytes under the same attachment, the checksum recomputed: the attachment's own SHA-256 refuses them.
    const forged = { ...withFile, blobs: { 'att-1': btoa('x'.repeat(12)) } };
    const recomputed = { ...forged, checksum: sha256Hex(canonicalJson({ records: forged.records, tombstones: forged.tombstones, blobs: forged.blobs })) };
    expect(readStudioPackage(utf8(JSON.stringify(recomputed)))).toEqual({ ok: false, code: 'invalid', detail: 'blobs.att-1' });
    // A version 1 file (no attachments, checksum over records and tombstones only) still merges.
    const { attachments: _none, ...recordsV1 } = pkg().records;
    const v1 = { format: 'jiangxin.studio-package', formatVersion: 1, exportedAt: at, studioId: 's1', records: recordsV1, tombstones: [], checksum: sha256Hex(canonicalJson({ records: recordsV1, tombstones: [] })) };
    const readV1 = readStudioPackage(utf8(JSON.stringify(v1)));
    expect(readV1.ok && readV1.pkg.records.attachments).toEqual([]);
  });
});
