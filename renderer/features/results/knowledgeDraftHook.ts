/**
 * Publishing a competition's results for the first time drafts a knowledge article summarising it and its
 * winners (DESIGN §2: published results create draft articles automatically), through the knowledge feature's
 * builder. The draft is saved once per competition; a later snapshot does not overwrite what people edited.
 */
import type { Competition, Publication } from '../../../shared/domain';
import { buildCompetitionResultsDraft } from '../../../shared/knowledge/drafts/buildCompetitionResultsDraft';
import type { Repositories } from '../../db/repositories';

export async function createResultsKnowledgeDraft(
  repositories: Repositories,
  competition: Competition,
  publication: Omit<Publication, 'version' | 'updatedAt'>,
): Promise<void> {
  const entries = await repositories.competitions.entriesOf(competition.id);
  const people = await repositories.people.byIds(entries.flatMap((e) => e.memberIds));
  const departments = await repositories.people.departments.list();
  const now = new Date().toISOString();
  const draft = buildCompetitionResultsDraft({
    competition,
    publication: { ...publication, version: 1, updatedAt: now },
    entries,
    people,
    departments,
    now,
  });
  await repositories.knowledge.saveAutomaticDraft(draft);
}
