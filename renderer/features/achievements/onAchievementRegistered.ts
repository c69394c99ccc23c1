/**
 * Called once when a new achievement is registered: drafts a knowledge article describing it (DESIGN §2:
 * registered achievements create draft articles automatically), through the knowledge feature's builder.
 */
import type { Achievement } from '../../../shared/domain';
import { buildAchievementDraft } from '../../../shared/knowledge/drafts/buildAchievementDraft';
import type { Repositories } from '../../db/repositories';

export async function onAchievementRegistered(repositories: Repositories, achievement: Achievement): Promise<void> {
  const people = await repositories.people.byIds(achievement.ownerIds);
  const studio = achievement.studioId ? await repositories.studios.get(achievement.studioId) : undefined;
  await repositories.knowledge.saveAutomaticDraft(buildAchievementDraft({ achievement, people, studio, now: new Date().toISOString() }));
}
