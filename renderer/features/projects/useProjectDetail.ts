/** A project with its studio, members (and their departments), origin competition and achievements. */
import { useLiveRecords } from '../../db/useLiveRecords';

export function useProjectDetail(projectId: string) {
  return useLiveRecords(async (r) => {
    const project = await r.projects.get(projectId);
    if (!project) return null;
    const [studio, members, origin, achievements] = await Promise.all([
      r.studios.get(project.studioId),
      r.people.byIds(project.memberIds),
      project.originCompetitionId ? r.competitions.get(project.originCompetitionId) : undefined,
      r.achievements.ofProject(projectId),
    ]);
    const departments = await r.people.departments.byIds([...new Set(members.map((m) => m.departmentId))]);
    return { project, studio, members, origin, achievements, departments: new Map(departments.map((d) => [d.id, d.name])) };
  }, [projectId]);
}
