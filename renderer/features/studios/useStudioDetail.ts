/** A studio with the people, projects, achievements and activities its page shows, read by studio id. */
import type { Achievement, Activity, Department, Person, Project, Studio } from '../../../shared/domain';
import { useLiveRecords } from '../../db/useLiveRecords';

export interface StudioDetail {
  readonly studio: Studio;
  readonly people: ReadonlyMap<string, Person>;
  readonly departments: ReadonlyMap<string, Department>;
  readonly projects: readonly Project[];
  readonly achievements: readonly Achievement[];
  readonly activities: readonly Activity[];
}

export function useStudioDetail(studioId: string): StudioDetail | null | undefined {
  return useLiveRecords(async (r) => {
    const studio = await r.studios.get(studioId);
    if (!studio) return null;
    const [people, projects, achievements, activities] = await Promise.all([
      r.people.byIds([...new Set([studio.leadId, ...studio.memberIds])]),
      r.projects.ofStudio(studioId),
      r.achievements.ofStudio(studioId),
      r.studios.activities.ofStudio(studioId),
    ]);
    const departments = await r.people.departments.byIds([...new Set([studio.departmentId, ...people.map((p) => p.departmentId)])]);
    return {
      studio,
      people: new Map(people.map((p) => [p.id, p])),
      departments: new Map(departments.map((d) => [d.id, d])),
      projects: [...projects].sort((a, b) => b.startDate.localeCompare(a.startDate)),
      achievements: [...achievements].sort((a, b) => b.date.localeCompare(a.date)),
      activities,
    };
  }, [studioId]);
}
