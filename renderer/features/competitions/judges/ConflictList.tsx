/** Conflicts of interest in plain sentences: one per kind of tie, naming the entrants concerned. */
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/useLanguage';
import type { ConflictGroup, ConflictTarget } from './groupConflicts';
import type { JudgesWorkspace } from './useJudgesWorkspace';

/** Names listed in one sentence before "and N more". */
const NAMES_SHOWN = 5;

export function ConflictList({
  groups,
  judgeName,
  workspace,
  testId,
}: {
  groups: readonly ConflictGroup[];
  judgeName: string;
  workspace: JudgesWorkspace;
  testId?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  const unknown = t('common.unknown');

  const entrantName = ({ entryId, personId }: ConflictTarget): string => {
    if (personId) return workspace.personById.get(personId)?.name ?? unknown;
    const entry = workspace.entryById.get(entryId);
    if (!entry) return unknown;
    return entry.teamName ?? list.format(entry.memberIds.map((id) => workspace.personById.get(id)?.name ?? unknown));
  };

  const sentence = (group: ConflictGroup): string => {
    const names = group.targets.slice(0, NAMES_SHOWN).map(entrantName);
    const rest = group.targets.length - names.length;
    if (rest > 0) names.push(t('judges.conflicts.more', { count: rest }));
    return t(`judges.conflicts.codes.${group.code}`, {
      judge: judgeName,
      entrants: list.format(names),
      department: workspace.departmentName(group.params.departmentId) ?? unknown,
      studio: group.params.studioName ?? unknown,
      team: group.params.teamName ?? unknown,
    });
  };

  return (
    <Box component="ul" data-testid={testId} sx={{ m: 0, pl: 2.5 }}>
      {groups.map((group) => (
        <li key={`${group.code}-${JSON.stringify(group.params)}`}>{sentence(group)}</li>
      ))}
    </Box>
  );
}
