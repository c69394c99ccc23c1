/**
 * Every reference from one record to another in a workspace, checked: returns one line per reference that does
 * not resolve (empty when all do). Used to prove the demo is whole; it knows nothing demo-specific, so an
 * import check could use it as well.
 */
import type { RecordKind, WorkspaceRecords, WorkspaceTable } from '../domain';

const TABLE_OF_KIND: Readonly<Record<RecordKind, WorkspaceTable>> = {
  person: 'people',
  competition: 'competitions',
  entry: 'entries',
  studio: 'studios',
  project: 'projects',
  achievement: 'achievements',
  activity: 'activities',
  article: 'articles',
};

export function findBrokenReferences(records: WorkspaceRecords): string[] {
  const ids = new Map<WorkspaceTable, Set<string>>();
  for (const [table, rows] of Object.entries(records) as [WorkspaceTable, readonly { id: string }[]][]) {
    ids.set(table, new Set(rows.map((r) => r.id)));
  }
  const broken: string[] = [];
  const check = (from: string, table: WorkspaceTable, id: string | undefined): void => {
    if (id !== undefined && !ids.get(table)?.has(id)) broken.push(`${from} → ${table}/${id}`);
  };
  const checkAll = (from: string, table: WorkspaceTable, list: readonly string[]): void => {
    for (const id of list) check(from, table, id);
  };

  for (const d of records.departments) check(`departments/${d.id}.parentId`, 'departments', d.parentId);
  for (const p of records.people) check(`people/${p.id}.departmentId`, 'departments', p.departmentId);

  const modulesOf = new Map<string, Set<string>>();
  const itemsOf = new Map<string, Set<string>>();
  for (const c of records.competitions) {
    check(`competitions/${c.id}.organiserDepartmentId`, 'departments', c.organiserDepartmentId);
    const modules = c.rubric.parts.flatMap((p) => p.modules);
    modulesOf.set(c.id, new Set(modules.map((m) => m.id)));
    itemsOf.set(c.id, new Set(modules.flatMap((m) => m.items.map((i) => i.id))));
    for (const rule of c.rubric.tieBreak) {
      if (rule.kind === 'part_score' && !c.rubric.parts.some((p) => p.id === rule.partId)) {
        broken.push(`competitions/${c.id}.tieBreak → part ${rule.partId}`);
      }
      if (rule.kind === 'module_score' && !modulesOf.get(c.id)?.has(rule.moduleId)) {
        broken.push(`competitions/${c.id}.tieBreak → module ${rule.moduleId}`);
      }
    }
  }

  const entryCompetition = new Map(records.entries.map((e) => [e.id, e.competitionId]));
  const sameCompetition = (from: string, entryId: string, competitionId: string): void => {
    const owner = entryCompetition.get(entryId);
    if (owner === undefined) broken.push(`${from} → entries/${entryId}`);
    else if (owner !== competitionId) broken.push(`${from} → entries/${entryId} belongs to ${owner}, not ${competitionId}`);
  };

  for (const e of records.entries) {
    const from = `entries/${e.id}`;
    check(`${from}.competitionId`, 'competitions', e.competitionId);
    checkAll(`${from}.memberIds`, 'people', e.memberIds);
    check(`${from}.departmentId`, 'departments', e.departmentId);
    checkAll(`${from}.coachIds`, 'people', e.coachIds);
  }
  for (const j of records.judges) {
    const from = `judges/${j.id}`;
    check(`${from}.competitionId`, 'competitions', j.competitionId);
    check(`${from}.personId`, 'people', j.personId);
    for (const m of j.moduleIds) {
      if (!modulesOf.get(j.competitionId)?.has(m)) broken.push(`${from}.moduleIds → module ${m}`);
    }
  }
  const judgeCompetition = new Map(records.judges.map((j) => [j.id, j.competitionId]));
  for (const m of records.marks) {
    const from = `marks/${m.id}`;
    check(`${from}.competitionId`, 'competitions', m.competitionId);
    check(`${from}.assignmentId`, 'judges', m.assignmentId);
    if (judgeCompetition.get(m.assignmentId) !== undefined && judgeCompetition.get(m.assignmentId) !== m.competitionId) {
      broken.push(`${from}.assignmentId → judge of another competition`);
    }
    if (!modulesOf.get(m.competitionId)?.has(m.moduleId)) broken.push(`${from}.moduleId → module ${m.moduleId}`);
    if (!itemsOf.get(m.competitionId)?.has(m.itemId)) broken.push(`${from}.itemId → item ${m.itemId}`);
  }
  for (const ev of records.markEvents) {
    const from = `markEvents/${ev.id}`;
    check(`${from}.competitionId`, 'competitions', ev.competitionId);
    check(`${from}.assignmentId`, 'judges', ev.assignmentId);
  }
  for (const a of records.appeals) {
    check(`appeals/${a.id}.competitionId`, 'competitions', a.competitionId);
    sameCompetition(`appeals/${a.id}.entryId`, a.entryId, a.competitionId);
  }
  for (const p of records.publications) {
    check(`publications/${p.id}.competitionId`, 'competitions', p.competitionId);
    for (const r of p.results) sameCompetition(`publications/${p.id}.results`, r.entryId, p.competitionId);
  }

  for (const s of records.studios) {
    const from = `studios/${s.id}`;
    check(`${from}.leadId`, 'people', s.leadId);
    checkAll(`${from}.memberIds`, 'people', s.memberIds);
    check(`${from}.departmentId`, 'departments', s.departmentId);
  }
  for (const p of records.projects) {
    const from = `projects/${p.id}`;
    check(`${from}.studioId`, 'studios', p.studioId);
    checkAll(`${from}.memberIds`, 'people', p.memberIds);
    check(`${from}.originCompetitionId`, 'competitions', p.originCompetitionId);
  }
  for (const a of records.achievements) {
    const from = `achievements/${a.id}`;
    check(`${from}.studioId`, 'studios', a.studioId);
    check(`${from}.projectId`, 'projects', a.projectId);
    checkAll(`${from}.ownerIds`, 'people', a.ownerIds);
  }
  for (const a of records.activities) {
    const from = `activities/${a.id}`;
    check(`${from}.studioId`, 'studios', a.studioId);
    checkAll(`${from}.attendeeIds`, 'people', a.attendeeIds);
    check(`${from}.competitionId`, 'competitions', a.competitionId);
  }
  for (const i of records.incentives) {
    const from = `incentives/${i.id}`;
    check(`${from}.personId`, 'people', i.personId);
    check(`${from}.sourceId`, i.sourceKind === 'competition' ? 'competitions' : 'projects', i.sourceId);
  }
  for (const c of records.categories) check(`categories/${c.id}.parentId`, 'categories', c.parentId);
  for (const a of records.articles) {
    const from = `articles/${a.id}`;
    check(`${from}.categoryId`, 'categories', a.categoryId);
    checkAll(`${from}.authorIds`, 'people', a.authorIds);
    for (const link of a.links) check(`${from}.links`, TABLE_OF_KIND[link.kind], link.id);
    if (a.origin) check(`${from}.origin`, TABLE_OF_KIND[a.origin.kind], a.origin.id);
  }
  return broken;
}
