/** Every project as a flat table row, with its studio and origin competition named; one live read per change. */
import type { Project, Studio } from '../../../../shared/domain';
import { projectSearchText, type ProjectRow } from '../../../../shared/studios/projectView';
import { useLiveRecords } from '../../../db/useLiveRecords';

export interface ProjectsData {
  readonly projects: readonly Project[];
  readonly rows: readonly ProjectRow[];
  readonly studios: readonly Studio[];
}

export function useProjectRows(): ProjectsData | undefined {
  return useLiveRecords(async (r) => {
    const [projects, studios] = await Promise.all([r.projects.list(), r.studios.list()]);
    const originIds = [...new Set(projects.flatMap((p) => (p.originCompetitionId ? [p.originCompetitionId] : [])))];
    const origins = new Map((await r.competitions.byIds(originIds)).map((c) => [c.id, c.name]));
    const studioNames = new Map(studios.map((s) => [s.id, s.name]));
    const rows = projects.map((p): ProjectRow => {
      const row = {
      id: p.id,
      title: p.title,
      studioId: p.studioId,
      studioName: studioNames.get(p.studioId) ?? '',
      stage: p.stage,
      startDate: p.startDate,
      memberCount: p.memberIds.length,
      budgetFen: p.budgetFen,
      spentFen: p.spentFen,
      originName: p.originCompetitionId ? (origins.get(p.originCompetitionId) ?? '') : '',
      };
      return { ...row, searchText: projectSearchText(row) };
    });
    return { projects, rows, studios: [...studios].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
  });
}
