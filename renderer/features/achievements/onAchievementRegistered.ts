/**
 * Called once when a new achievement is registered (DESIGN §2: "registered achievements create draft
 * articles automatically").
 *
 * TODO(merge): the knowledge branch writes `buildAchievementDraft(...)` in shared/knowledge and a repository
 * method that saves a draft article; the lead wires them here at merge time. Until then this does nothing,
 * and registration never depends on it.
 */
import type { Achievement } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';

export async function onAchievementRegistered(_repositories: Repositories, _achievement: Achievement): Promise<void> {}
