/**
 * A competition's roster import (useCheckedImport's flow): the ok rows become entries, new people and new
 * departments, written in one transaction.
 */
import { useTranslation } from 'react-i18next';
import type { RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import type { Competition } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import { rosterContextOf } from '../../../db/repositories/rosterQueries';
import { useRepositories } from '../../../db/useRepositories';
import { buildRosterImport } from './buildRosterImport';
import { useCheckedImport } from './useCheckedImport';

export type { ImportDone, ImportProblem, ImportStep } from './useCheckedImport';

/** What decides an import: each row's outcome and the person and department it resolves to. */
function previewSignature(preview: RosterPreviewOk): string {
  return JSON.stringify(
    preview.rows.map((r) => [r.row, r.status, r.issues.map((i) => i.code), r.person, r.departmentId, r.teamName, r.coachIds]),
  );
}

export function useRosterImport(competition: Pick<Competition, 'id' | 'teamBased' | 'teamScoring' | 'trade'>) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  return useCheckedImport({
    pickTitle: t('roster.import.pickTitle'),
    context: () => rosterContextOf(repositories, competition),
    signature: previewSignature,
    write: async (preview, fileName) => {
      const plan = buildRosterImport(preview, competition, newId);
      await repositories.competitions.importRoster(plan);
      return { fileName, entries: plan.newEntries.length, newPeople: plan.newPeople.length, skippedRows: preview.counts.error };
    },
  });
}
