/**
 * HOOK FOR THE MERGE: published competition results create a draft knowledge article automatically (DESIGN §2).
 * The knowledge feature provides `buildCompetitionResultsDraft(...)` in shared/knowledge/ and a repository method to
 * save a draft; they are not on this branch, so this hook does nothing yet. At merge time, call the builder here with
 * the competition and the publication and save the draft through the knowledge repository.
 */
import type { Competition, Publication } from '../../../shared/domain';
import type { Repositories } from '../../db/repositories';

export async function createResultsKnowledgeDraft(_repositories: Repositories, _competition: Competition, _publication: Omit<Publication, 'version' | 'updatedAt'>): Promise<void> {
  // Intentionally empty until the knowledge helper's builder is merged (see the header).
}
