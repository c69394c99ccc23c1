/**
 * Assigning a person as a judge, or changing an assignment. Conflicts of interest are checked as the fields
 * change and again on saving: a hard conflict refuses the assignment and says why, nothing is saved; soft ones
 * are shown and the organiser saves anyway with a second, deliberate click.
 */
import { useMemo, useState, type HTMLAttributes } from 'react';
import {
  Alert,
  AlertTitle,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { checkJudgeConflicts } from '../../../../shared/competitions/conflicts/checkJudgeConflicts';
import { JUDGE_ROLES, type Competition, type JudgeAssignment, type JudgeRole } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { assignmentFieldErrors } from '../../../../shared/competitions/judges/assignmentRules';
import { ConflictList } from './ConflictList';
import { groupConflicts } from './groupConflicts';
import { searchPeople, type PersonChoice } from './searchPeople';
import type { JudgesWorkspace } from './useJudgesWorkspace';

export function AssignJudgeDialog({
  competition,
  workspace,
  assignment,
  onClose,
  onSaved,
}: {
  competition: Competition;
  workspace: JudgesWorkspace;
  /** The assignment being changed; absent to add one. */
  assignment?: JudgeAssignment;
  onClose: () => void;
  onSaved: (personName: string) => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [id] = useState(() => assignment?.id ?? newId());
  const [personId, setPersonId] = useState<string | undefined>(assignment?.personId);
  const [role, setRole] = useState<JudgeRole>(assignment?.role ?? 'judge');
  // Modules since removed from the rubric are dropped: they can be neither shown nor scored.
  const [moduleIds, setModuleIds] = useState<string[]>(() => {
    const known = new Set(competition.rubric.parts.flatMap((p) => p.modules.map((m) => m.id)));
    return (assignment?.moduleIds ?? []).filter((m) => known.has(m));
  });
  const [stations, setStations] = useState<number[]>(assignment?.stations ?? []);
  const [attempted, setAttempted] = useState(false);
  /** The soft conflicts the organiser chose to accept; a change of person or stations asks again. */
  const [acceptedSoft, setAcceptedSoft] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();

  const person = personId ? workspace.personById.get(personId) : undefined;
  const report = useMemo(
    () => (person ? checkJudgeConflicts({ ...workspace.sources, judge: person, assignment: { id, stations } }) : undefined),
    [person, workspace.sources, id, stations],
  );
  const groups = useMemo(() => (report ? groupConflicts(report) : []), [report]);
  const hardGroups = groups.filter((g) => g.severity === 'hard');
  const softGroups = groups.filter((g) => g.severity === 'soft');
  const softKey = JSON.stringify(report?.soft ?? []);
  const softAccepted = softGroups.length > 0 && acceptedSoft === softKey;
  const fieldErrors = attempted ? assignmentFieldErrors({ personId, role, moduleIds }) : [];

  const modules = competition.rubric.parts.flatMap((part) => part.modules.map((module) => ({ part, module })));
  const moduleLabel = (moduleId: string) => {
    const found = modules.find((m) => m.module.id === moduleId);
    return found ? `${found.part.name} · ${found.module.name}` : t('judges.unknownModule');
  };
  const stationOptions = useMemo(
    () => [...new Set([...workspace.entries.flatMap((e) => (e.station === undefined ? [] : [e.station])), ...stations])].sort((a, b) => a - b),
    [workspace.entries, stations],
  );
  const assignedElsewhere = useMemo(
    () => new Set(workspace.judges.filter((j) => j.id !== id).map((j) => j.personId)),
    [workspace.judges, id],
  );
  const selected = workspace.choices.find((c) => c.id === personId) ?? null;
  const judgeName = person?.name ?? t('common.unknown');

  const save = async () => {
    setAttempted(true);
    setFailure(undefined);
    if (!person || !report) return;
    // Checked before the other fields so the refusal is the first thing said.
    if (report.hard.length > 0) return;
    if (assignmentFieldErrors({ personId, role, moduleIds }).length > 0) return;
    if (report.soft.length > 0 && acceptedSoft !== softKey) {
      setAcceptedSoft(softKey);
      return;
    }
    setSaving(true);
    try {
      // A PIN belongs to the person who chose it: it goes when the assignment passes to someone else.
      const pin =
        assignment?.pinHash && assignment.personId === person.id ? { pinHash: assignment.pinHash, pinSalt: assignment.pinSalt } : {};
      await repositories.competitions.judges.save({
        id,
        competitionId: competition.id,
        personId: person.id,
        role,
        moduleIds: modules.map((m) => m.module.id).filter((m) => moduleIds.includes(m)),
        stations: [...stations].sort((a, b) => a - b),
        ...pin,
      });
      onSaved(person.name);
    } catch (error) {
      setFailure(t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  const saveLabel = softGroups.length > 0 && hardGroups.length === 0 && softAccepted ? t('judges.dialog.saveAnyway') : t('judges.dialog.save');

  return (
    <Dialog open onClose={saving ? undefined : onClose} maxWidth="sm" fullWidth data-testid="judge-dialog">
      <DialogTitle>{assignment ? t('judges.dialog.editTitle') : t('judges.dialog.addTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <Autocomplete<PersonChoice>
            options={workspace.choices}
            value={selected}
            onChange={(_event, choice) => setPersonId(choice?.id)}
            getOptionLabel={(c) => t('judges.dialog.personOption', { name: c.name, employeeNo: c.employeeNo })}
            filterOptions={(options, state) => searchPeople(options, state.inputValue)}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            getOptionDisabled={(c) => assignedElsewhere.has(c.id)}
            noOptionsText={t('judges.dialog.noPeople')}
            autoHighlight
            renderOption={(props, c) => {
              const { key, ...rest } = props;
              return (
                <li key={key} {...rest} data-testid={`judge-person-option-${c.id}`}>
                  <ListItemText
                    primary={t('judges.dialog.personOption', { name: c.name, employeeNo: c.employeeNo })}
                    secondary={assignedElsewhere.has(c.id) ? t('judges.dialog.alreadyAssigned', { department: c.department }) : c.department}
                  />
                </li>
              );
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('judges.dialog.person')}
                error={fieldErrors.includes('person_required')}
                helperText={
                  fieldErrors.includes('person_required')
                    ? t('judges.dialog.errors.person_required')
                    : selected
                      ? selected.department
                      : t('judges.dialog.personHelp')
                }
                slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'judge-person' } }}
              />
            )}
          />
          <TextField
            select
            label={t('judges.dialog.role')}
            value={role}
            onChange={(event) => setRole(event.target.value as JudgeRole)}
            helperText={t(`judges.roleHints.${role}`)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'judge-role' } as HTMLAttributes<HTMLDivElement> } }}
          >
            {JUDGE_ROLES.map((r) => (
              <MenuItem key={r} value={r} data-testid={`judge-role-${r}`}>
                {t(`judges.roles.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('judges.dialog.modules')}
            value={moduleIds}
            onChange={(event) => {
              const value = event.target.value as unknown as string[] | string;
              setModuleIds(typeof value === 'string' ? value.split(',') : value);
            }}
            error={fieldErrors.includes('modules_required')}
            helperText={fieldErrors.includes('modules_required') ? t('judges.dialog.errors.modules_required') : t('judges.dialog.modulesHelp')}
            disabled={modules.length === 0}
            slotProps={{
              select: {
                multiple: true,
                renderValue: (value) => (value as string[]).map(moduleLabel).join(t('judges.listSeparator')),
                SelectDisplayProps: { 'data-testid': 'judge-modules' } as HTMLAttributes<HTMLDivElement>,
              },
            }}
          >
            {modules.map(({ part, module }) => (
              <MenuItem key={module.id} value={module.id} data-testid={`judge-module-${module.id}`}>
                <Checkbox checked={moduleIds.includes(module.id)} size="small" sx={{ py: 0 }} />
                <ListItemText primary={module.name} secondary={part.name} />
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('judges.dialog.stations')}
            value={stations}
            onChange={(event) => {
              const value = event.target.value as unknown as number[] | string;
              setStations(typeof value === 'string' ? value.split(',').map(Number) : value);
            }}
            disabled={stationOptions.length === 0}
            helperText={stationOptions.length === 0 ? t('judges.dialog.stationsNone') : t('judges.dialog.stationsHelp')}
            slotProps={{
              select: {
                multiple: true,
                displayEmpty: true,
                renderValue: (value) =>
                  (value as number[]).length === 0
                    ? t('judges.allStations')
                    : (value as number[]).map((s) => t('judges.station', { station: s })).join(t('judges.listSeparator')),
                SelectDisplayProps: { 'data-testid': 'judge-stations' } as HTMLAttributes<HTMLDivElement>,
              },
              inputLabel: { shrink: true },
            }}
          >
            {stationOptions.map((station) => (
              <MenuItem key={station} value={station} data-testid={`judge-station-${station}`}>
                <Checkbox checked={stations.includes(station)} size="small" sx={{ py: 0 }} />
                <ListItemText primary={t('judges.station', { station })} />
              </MenuItem>
            ))}
          </TextField>

          {hardGroups.length > 0 && (
            <Alert severity="error" data-testid="judge-conflict-hard">
              <AlertTitle>{attempted ? t('judges.conflicts.refusedTitle') : t('judges.conflicts.hardTitle')}</AlertTitle>
              <ConflictList groups={hardGroups} judgeName={judgeName} workspace={workspace} />
              <Typography variant="body2" sx={{ mt: 1 }}>
                {t(attempted ? 'judges.conflicts.refusedHint' : 'judges.conflicts.hardHint')}
              </Typography>
              <Typography variant="body2">{t(stationOptions.length > 0 ? 'judges.conflicts.remedyStations' : 'judges.conflicts.remedy')}</Typography>
            </Alert>
          )}
          {softGroups.length > 0 && (
            <Alert severity="warning" data-testid="judge-conflict-soft">
              <AlertTitle>{t('judges.conflicts.softTitle')}</AlertTitle>
              <ConflictList groups={softGroups} judgeName={judgeName} workspace={workspace} />
              {hardGroups.length === 0 && (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {softAccepted ? t('judges.conflicts.softAccepted') : t('judges.conflicts.softHint')}
                </Typography>
              )}
            </Alert>
          )}
          {report && groups.length === 0 && (
            <Box data-testid="judge-conflict-none">
              <Alert severity="success">{t('judges.conflicts.noneFound', { count: report.entryIds.length })}</Alert>
            </Box>
          )}
          {failure && <Alert severity="error">{failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="contained"
          color={softAccepted && hardGroups.length === 0 ? 'warning' : 'primary'}
          onClick={() => void save()}
          disabled={saving}
          data-testid="judge-save"
        >
          {saveLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
