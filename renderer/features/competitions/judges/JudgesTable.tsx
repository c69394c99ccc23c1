/**
 * The competition's judge panel: who, in which role, which modules and stations, whether their PIN is set, and
 * any conflicts of interest, re-checked whenever the roster, the people or the studios change.
 */
import { Fragment, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Collapse,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { checkJudgeConflicts, type ConflictReport } from '../../../../shared/competitions/conflicts/checkJudgeConflicts';
import { JUDGE_ROLES, type Competition, type JudgeAssignment } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { PIN_ROLES, SCORING_ROLES } from '../../../../shared/competitions/judges/assignmentRules';
import { ConflictList } from './ConflictList';
import { countEntries, groupConflicts } from './groupConflicts';
import { formatStations } from './stationRanges';
import type { JudgesWorkspace } from './useJudgesWorkspace';

export interface JudgeRowActions {
  readonly editable: boolean;
  onEdit(assignment: JudgeAssignment): void;
  onSetPin(assignment: JudgeAssignment): void;
  onRemove(assignment: JudgeAssignment): void;
}

const COLUMNS = ['person', 'department', 'role', 'modules', 'stations', 'pin', 'conflicts', 'actions'] as const;

export function JudgesTable({
  competition,
  workspace,
  actions,
}: {
  competition: Competition;
  workspace: JudgesWorkspace;
  actions: JudgeRowActions;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [expanded, setExpanded] = useState<string>();
  const separator = t('judges.listSeparator');

  const moduleNames = useMemo(
    () => new Map(competition.rubric.parts.flatMap((p) => p.modules.map((m) => [m.id, m.name] as const))),
    [competition.rubric],
  );
  const rows = useMemo(() => {
    const collator = new Intl.Collator(language);
    return workspace.judges
      .map((assignment) => {
        const person = workspace.personById.get(assignment.personId);
        const report: ConflictReport | undefined = person
          ? checkJudgeConflicts({ ...workspace.sources, judge: person, assignment })
          : undefined;
        return { assignment, person, report };
      })
      .sort(
        (a, b) =>
          JUDGE_ROLES.indexOf(a.assignment.role) - JUDGE_ROLES.indexOf(b.assignment.role) ||
          collator.compare(a.person?.name ?? '', b.person?.name ?? ''),
      );
  }, [workspace, language]);

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="judges-table" aria-label={t('judges.tableLabel')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {t(`judges.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }} data-testid="judges-empty">
                {t('judges.empty')}
              </TableCell>
            </TableRow>
          )}
          {rows.map(({ assignment, person, report }) => {
            const name = person?.name ?? t('common.unknown');
            const unknownModules = assignment.moduleIds.filter((id) => !moduleNames.has(id));
            const open = expanded === assignment.id;
            const hardCount = report ? countEntries(report.hard) : 0;
            const softCount = report ? countEntries(report.soft) : 0;
            return (
              <Fragment key={assignment.id}>
                <TableRow data-testid={`judge-row-${assignment.id}`} sx={{ '& > td': { borderBottom: open ? 0 : undefined } }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>
                      {name}
                    </Typography>
                    {person && (
                      <Typography variant="caption" color="text.secondary">
                        {person.employeeNo}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{workspace.departmentName(person?.departmentId) ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`judges.roles.${assignment.role}`)}</TableCell>
                  <TableCell>
                    {assignment.moduleIds.length === 0
                      ? '—'
                      : assignment.moduleIds
                          .filter((id) => moduleNames.has(id))
                          .map((id) => moduleNames.get(id))
                          .join(separator)}
                    {unknownModules.length > 0 && (
                      <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                        {t('judges.removedModules', { count: unknownModules.length })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {assignment.stations.length > 0
                      ? formatStations(assignment.stations, separator)
                      : SCORING_ROLES.has(assignment.role)
                        ? t('judges.allStations')
                        : '—'}
                  </TableCell>
                  <TableCell data-testid={`judge-pin-status-${assignment.id}`} sx={{ whiteSpace: 'nowrap' }}>
                    {assignment.pinHash ? (
                      <Chip size="small" color="success" variant="outlined" label={t('judges.pinState.set')} />
                    ) : PIN_ROLES.has(assignment.role) ? (
                      <Chip size="small" color="warning" variant="outlined" label={t('judges.pinState.missing')} />
                    ) : (
                      <Typography variant="body2" color="text.secondary">
                        {t('judges.pinState.notNeeded')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell data-testid={`judge-conflicts-${assignment.id}`}>
                    {hardCount + softCount === 0 ? (
                      <Typography variant="body2" color="text.secondary">
                        {t('judges.conflicts.none')}
                      </Typography>
                    ) : (
                      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                        {hardCount > 0 && (
                          <Chip
                            size="small"
                            color="error"
                            label={t('judges.conflicts.hardChip', { count: hardCount })}
                            onClick={() => setExpanded(open ? undefined : assignment.id)}
                          />
                        )}
                        {softCount > 0 && (
                          <Chip
                            size="small"
                            color="warning"
                            variant="outlined"
                            label={t('judges.conflicts.softChip', { count: softCount })}
                            onClick={() => setExpanded(open ? undefined : assignment.id)}
                          />
                        )}
                      </Stack>
                    )}
                  </TableCell>
                  <TableCell>
                    {/* Stacked below 1,200 px so the table fits a 1,024 px screen without hiding its actions. */}
                    <Stack direction={{ xs: 'column', lg: 'row' }} sx={{ alignItems: 'flex-start', whiteSpace: 'nowrap' }}>
                      <Button size="small" disabled={!actions.editable} onClick={() => actions.onSetPin(assignment)} data-testid={`judge-set-pin-${assignment.id}`}>
                        {assignment.pinHash ? t('judges.actions.resetPin') : t('judges.actions.setPin')}
                      </Button>
                      <Button size="small" disabled={!actions.editable} onClick={() => actions.onEdit(assignment)} data-testid={`judge-edit-${assignment.id}`}>
                        {t('judges.actions.edit')}
                      </Button>
                      <Button size="small" color="error" disabled={!actions.editable} onClick={() => actions.onRemove(assignment)} data-testid={`judge-remove-${assignment.id}`}>
                        {t('judges.actions.remove')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
                {report && (
                  <TableRow>
                    <TableCell colSpan={COLUMNS.length} sx={{ py: 0, borderBottom: open ? undefined : 0 }}>
                      <Collapse in={open} unmountOnExit>
                        <Box sx={{ py: 1.5 }} data-testid={`judge-conflict-details-${assignment.id}`}>
                          <ConflictList groups={groupConflicts(report)} judgeName={name} workspace={workspace} />
                        </Box>
                      </Collapse>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
