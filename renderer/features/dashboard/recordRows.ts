/**
 * Turns records of any kind into rows for the drill-down list: the records behind a dashboard figure are
 * shown with what identifies them (name, department, level, savings…).
 */
import type { TFunction } from 'i18next';
import { LEVELS, type Honour, type WorkspaceTable } from '../../../shared/domain';
import { currentRating } from '../../../shared/dashboard/currentRating';
import type { Repositories } from '../../db/repositories';
import { honourLabel } from '../people/honourLabel';
import { formatList, formatYuan } from '../../app/format';
import type { Language } from '../../app/i18n';

export interface RecordRow {
  readonly id: string;
  readonly cells: readonly string[];
  /** The record's own page (hash route), when it has one. */
  readonly href?: string;
}

export interface RecordTable {
  readonly headers: readonly string[];
  readonly rows: readonly RecordRow[];
}

export async function loadRecordTable(
  repositories: Repositories,
  table: WorkspaceTable,
  ids: readonly string[],
  t: TFunction,
  language: Language,
): Promise<RecordTable> {
  const departments = new Map((await repositories.people.departments.list()).map((d) => [d.id, d.name]));
  const department = (id: string | undefined) => (id ? departments.get(id) ?? '—' : '—');

  switch (table) {
    case 'competitions': {
      const rows = await repositories.competitions.byIds(ids);
      return {
        headers: [t('common.name'), t('common.level'), t('common.trade'), t('competitions.startDate')],
        rows: rows.map((c) => ({ id: c.id, href: `/competitions/${c.id}`, cells: [c.name, t(`enums.level.${c.level}`), c.trade, c.startDate] })),
      };
    }
    case 'entries': {
      const entries = await repositories.competitions.entries.byIds(ids);
      const people = new Map((await repositories.people.byIds([...new Set(entries.flatMap((e) => e.memberIds))])).map((p) => [p.id, p]));
      const competitions = new Map((await repositories.competitions.byIds([...new Set(entries.map((e) => e.competitionId))])).map((c) => [c.id, c.name]));
      return {
        headers: [t('common.name'), t('common.department'), t('nav.competitions'), t('common.status')],
        rows: entries.map((e) => ({
          id: e.id,
          href: `/competitions/${e.competitionId}/results`,
          cells: [e.teamName ?? formatList(e.memberIds.map((id) => people.get(id)?.name ?? '—'), language), department(e.departmentId), competitions.get(e.competitionId) ?? '—', t(`enums.entryStatus.${e.status}`)],
        })),
      };
    }
    case 'people': {
      const rows = await repositories.people.byIds(ids);
      return {
        headers: [t('people.employeeNo'), t('common.name'), t('common.department'), t('people.honours')],
        rows: rows.map((p) => ({
          id: p.id,
          href: `/people/${p.id}`,
          cells: [p.employeeNo, p.name, department(p.departmentId), formatList(byLevel(p.honours).map((h) => honourLabel(t, h)), language)],
        })),
      };
    }
    case 'studios': {
      const rows = await repositories.studios.byIds(ids);
      return {
        headers: [t('common.name'), t('common.kind'), t('studios.rating'), t('studios.memberCount')],
        rows: rows.map((s) => {
          const rating = currentRating(s);
          return { id: s.id, href: `/studios/${s.id}`, cells: [s.name, t(`enums.studioKind.${s.kind}`), rating ? `${t(`enums.level.${rating.level}`)} ${rating.year}` : '—', String(s.memberIds.length)] };
        }),
      };
    }
    case 'projects': {
      const rows = await repositories.projects.byIds(ids);
      const studios = new Map((await repositories.studios.byIds([...new Set(rows.map((p) => p.studioId))])).map((s) => [s.id, s.name]));
      return {
        headers: [t('common.name'), t('projects.studio'), t('projects.stage'), t('projects.start')],
        rows: rows.map((p) => ({ id: p.id, href: `/projects/${p.id}`, cells: [p.title, studios.get(p.studioId) ?? '—', t(`enums.projectStage.${p.stage}`), p.startDate] })),
      };
    }
    case 'achievements': {
      const rows = await repositories.achievements.byIds(ids);
      return {
        headers: [t('common.name'), t('common.kind'), t('common.date'), t('dashboardCharts.savingsYuan')],
        rows: rows.map((a) => ({ id: a.id, href: `/achievements/${a.id}`, cells: [a.title, t(`enums.achievementKind.${a.kind}`), a.date, a.annualSavingsFen > 0 ? formatYuan(a.annualSavingsFen, language) : '—'] })),
      };
    }
    case 'incentives': {
      const rows = await repositories.achievements.incentives.byIds(ids);
      const people = new Map((await repositories.people.byIds([...new Set(rows.map((r) => r.personId))])).map((p) => [p.id, p.name]));
      return {
        headers: [t('common.name'), t('common.kind'), t('common.year'), t('dashboardCharts.amountYuan')],
        rows: rows.map((r) => ({ id: r.id, href: `/people/${r.personId}`, cells: [people.get(r.personId) ?? '—', t(`enums.incentiveKind.${r.kind}`), String(r.year), r.amountFen > 0 ? formatYuan(r.amountFen, language) : '—'] })),
      };
    }
    default: {
      const rows = (await repositories.workspace.read([table]))[table] as readonly { id: string }[];
      const wanted = new Set(ids);
      return { headers: ['id'], rows: rows.filter((r) => wanted.has(r.id)).map((r) => ({ id: r.id, cells: [r.id] })) };
    }
  }
}

/** Highest level first, then the latest: the honour that counts is the one read first. */
function byLevel(honours: readonly Honour[]): Honour[] {
  return [...honours].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || b.year - a.year);
}
