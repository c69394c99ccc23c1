/** Synergy queries: projects born in a competition and what they produced. */
import type { Achievement, Project } from '../../../shared/domain';
import type { JiangxinDatabase } from '../database';
import { stamp } from './recordMeta';

export function createSynergyRepository(db: JiangxinDatabase) {
  return {
    /** Projects whose origin is the competition, with the achievements each produced. */
    async projectsFromCompetition(competitionId: string): Promise<{ project: Project; achievements: Achievement[] }[]> {
      const projects = await db.projects.where('originCompetitionId').equals(competitionId).toArray();
      const achievements = projects.length === 0 ? [] : await db.achievements.where('projectId').anyOf(projects.map((p) => p.id)).toArray();
      return projects
        .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))
        .map((project) => ({ project, achievements: achievements.filter((a) => a.projectId === project.id) }));
    },

    async createProject(project: Omit<Project, 'version' | 'updatedAt'>): Promise<Project> {
      const record = stamp<Project>(project, undefined);
      await db.projects.add(record);
      return record;
    },
  };
}

export type SynergyRepository = ReturnType<typeof createSynergyRepository>;
