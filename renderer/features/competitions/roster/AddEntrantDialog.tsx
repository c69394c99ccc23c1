/**
 * Adds one entrant by hand: a person already in the workspace, or a new person with name, employee number,
 * department (from the tree) and trade; in a team competition, a team (an existing team name adds a member).
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition, Entry, Person } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { DepartmentPicker } from './DepartmentPicker';
import type { DepartmentOption } from './departmentTree';
import { useDebouncedValue } from '../../../app/useDebouncedValue';
import { buildManualEntry, checkManualEntry, employeeKey, type ManualEntryField, type ManualEntryInput } from './manualEntry';
import { manualIssueText } from './rosterMessages';
import { teamScoringOf } from '../../../../shared/competitions/teams/teamScoringOf';

type Mode = 'existing' | 'new';

/** Issues shown before the first submit: the ones worth knowing while typing. */
const EAGER = new Set(['employee_no_taken', 'already_entered', 'name_too_long', 'employee_no_too_long', 'team_too_long', 'trade_too_long']);

export function AddEntrantDialog({
  competition,
  entries,
  departmentOptions,
  onAdded,
  onClose,
}: {
  competition: Competition;
  entries: readonly Entry[];
  departmentOptions: readonly DepartmentOption[];
  onAdded: (name: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [personQuery, setPersonQuery] = useState('');
  const typedQuery = useDebouncedValue(personQuery.trim());
  // Up to 20 people by name or employee number, through the indexes; the whole table is never listed.
  const found = useLiveRecords((r) => r.people.search(typedQuery), [typedQuery]);
  const [picked, setPicked] = useState<Person | null>(null);
  const [mode, setMode] = useState<Mode>('existing');
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [employeeNo, setEmployeeNo] = useState('');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [trade, setTrade] = useState(competition.trade);
  const [teamName, setTeamName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<string | null>(null);

  const pathOf = useMemo(() => new Map(departmentOptions.map((o) => [o.id, o.path])), [departmentOptions]);
  const entered = useMemo(() => new Set(entries.flatMap((e) => e.memberIds)), [entries]);
  // The one person holding the employee number typed for a new person, if any (the rule below refuses it).
  const typedEmployeeNo = useDebouncedValue(employeeKey(employeeNo));
  const holders = useLiveRecords((r) => (mode === 'new' && typedEmployeeNo ? r.people.byEmployeeNoIgnoringCase(typedEmployeeNo) : Promise.resolve([])), [mode, typedEmployeeNo]);
  // The rules need only the people this entry could concern: the one picked, and the holder of the number typed.
  const people = useMemo(() => (holders === undefined ? undefined : [...(picked ? [picked] : []), ...holders]), [picked, holders]);
  const teams = useMemo(() => [...new Set(entries.map((e) => e.teamName?.trim()).filter((n): n is string => Boolean(n)))].sort(), [entries]);

  const input: ManualEntryInput = {
    entrant: mode === 'existing' ? { kind: 'existing', personId } : { kind: 'new', name, employeeNo, departmentId, trade },
    teamName,
  };
  const issues = checkManualEntry(input, { people: people ?? [], entries, teamBased: competition.teamBased });
  const shown = issues.filter((i) => submitted || EAGER.has(i.code));
  const messageFor = (field: ManualEntryField) => {
    const issue = shown.find((i) => i.field === field);
    return issue ? manualIssueText(t, issue) : undefined;
  };
  const takenBy = mode === 'new' ? (people ?? []).find((p) => p.employeeNo === issues.find((i) => i.code === 'employee_no_taken')?.params?.employeeNo) : undefined;
  const joiningTeam = teamScoringOf(competition) === 'unit' ? entries.find((e) => e.teamName?.trim() === teamName.trim() && teamName.trim() !== '') : undefined;

  const submit = async () => {
    setSubmitted(true);
    if (issues.length > 0 || !people) return;
    setBusy(true);
    setWriteError(null);
    try {
      const write = buildManualEntry(input, competition, { people, entries: [...entries] }, newId);
      if (write.kind === 'new_entry') await repositories.competitions.importRoster(write.write);
      else {
        // Joining a team writes the new person, then the team's entry: the repository has no one transaction
        // for both, and should the second fail, a person without an entry is harmless and can be picked again.
        if (write.newPeople.length > 0) {
          await repositories.competitions.importRoster({ competitionId: competition.id, newDepartments: [], newPeople: write.newPeople, newEntries: [] });
        }
        await repositories.competitions.saveEntries([write.entry]);
      }
      const added = mode === 'existing' ? (people.find((p) => p.id === personId)?.name ?? '') : name.trim();
      onAdded(added);
    } catch (error) {
      setWriteError(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" data-testid="roster-add-dialog">
      <DialogTitle>{t('roster.add.title')}</DialogTitle>
      <DialogContent>
        <Stack
          spacing={2}
          sx={{ pt: 1 }}
          component="form"
          id="roster-add-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <ToggleButtonGroup exclusive size="small" value={mode} onChange={(_e, value: Mode | null) => value && setMode(value)} aria-label={t('roster.add.mode')}>
            <ToggleButton value="existing" data-testid="roster-add-mode-existing">
              {t('roster.add.existing')}
            </ToggleButton>
            <ToggleButton value="new" data-testid="roster-add-mode-new">
              {t('roster.add.new')}
            </ToggleButton>
          </ToggleButtonGroup>
          {mode === 'existing' ? (
            <Autocomplete
              options={found ?? []}
              loading={!found}
              value={picked}
              onInputChange={(_e, text, reason) => reason === 'input' && setPersonQuery(text)}
              onChange={(_e, person) => {
                setPicked(person);
                setPersonId(person?.id ?? null);
              }}
              getOptionLabel={(p) => `${p.name} · ${p.employeeNo}`}
              getOptionDisabled={(p) => entered.has(p.id)}
              filterOptions={(options) => options}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              renderOption={({ key, ...props }, p) => (
                <Box component="li" key={key} {...props} sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start !important' }}>
                  <span>
                    {p.name} · {p.employeeNo}
                    {entered.has(p.id) && ` · ${t('roster.add.alreadyEntered')}`}
                  </span>
                  <Box component="span" sx={{ fontSize: 12, color: 'text.secondary' }}>
                    {[pathOf.get(p.departmentId), p.trade].filter(Boolean).join(' · ')}
                  </Box>
                </Box>
              )}
              renderInput={(params) => (
                <TextField {...params} autoFocus label={t('roster.add.person')} placeholder={t('roster.add.personPlaceholder')} error={Boolean(messageFor('person'))} helperText={messageFor('person')} required />
              )}
              data-testid="roster-add-person"
            />
          ) : (
            <>
              <Box sx={{ display: 'flex', gap: 2 }}>
                <TextField
                  autoFocus
                  fullWidth
                  required
                  label={t('roster.fields.name')}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  error={Boolean(messageFor('name'))}
                  helperText={messageFor('name')}
                  slotProps={{ htmlInput: { 'data-testid': 'roster-add-name' } }}
                />
                <TextField
                  fullWidth
                  required
                  label={t('roster.fields.employeeNo')}
                  value={employeeNo}
                  onChange={(e) => setEmployeeNo(e.target.value)}
                  error={Boolean(messageFor('employeeNo'))}
                  helperText={messageFor('employeeNo')}
                  slotProps={{ htmlInput: { 'data-testid': 'roster-add-employee-no' } }}
                />
              </Box>
              {takenBy && (
                <Alert
                  severity="info"
                  action={
                    <Button
                      size="small"
                      onClick={() => {
                        setMode('existing');
                        setPersonId(takenBy.id);
                        setPicked(takenBy);
                      }}
                    >
                      {t('roster.add.useExisting')}
                    </Button>
                  }
                >
                  {t('roster.add.takenHint', { name: takenBy.name, employeeNo: takenBy.employeeNo })}
                </Alert>
              )}
              <DepartmentPicker
                options={departmentOptions}
                value={departmentId}
                onChange={setDepartmentId}
                label={t('roster.fields.department')}
                error={Boolean(messageFor('department'))}
                helperText={messageFor('department') ?? t('roster.add.departmentHint')}
                testId="roster-add-department"
              />
              <TextField
                label={t('roster.fields.trade')}
                value={trade}
                onChange={(e) => setTrade(e.target.value)}
                error={Boolean(messageFor('trade'))}
                helperText={messageFor('trade')}
                slotProps={{ htmlInput: { 'data-testid': 'roster-add-trade' } }}
              />
            </>
          )}
          {competition.teamBased && (
            <Autocomplete
              freeSolo
              options={teams}
              inputValue={teamName}
              onInputChange={(_e, value) => setTeamName(value)}
              renderInput={(params) => (
                <TextField
                  {...params}
                  required
                  label={t('roster.fields.team')}
                  error={Boolean(messageFor('team'))}
                  helperText={
                    messageFor('team') ??
                    (joiningTeam
                      ? t('roster.add.joinTeam', { team: joiningTeam.teamName, count: joiningTeam.memberIds.length })
                      : teamName.trim()
                        ? t('roster.add.newTeam', { team: teamName.trim() })
                        : t('roster.add.teamHint'))
                  }
                />
              )}
              data-testid="roster-add-team"
            />
          )}
          {writeError && <Alert severity="error">{t('roster.add.failed', { message: writeError })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" form="roster-add-form" variant="contained" disabled={busy || (submitted && issues.length > 0)} data-testid="roster-add-submit">
          {t('roster.add.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
