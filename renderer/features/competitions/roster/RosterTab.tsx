/**
 * The roster (参赛名单) of a competition: its entries with draw numbers and attendance, search, entrants added
 * by hand or imported from an xlsx/csv list after a preview, and per-entry attendance. The anonymous code is
 * shown only while the encryption officer has the map unsealed in this window (db/unsealedCodeMaps.ts).
 */
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react';
import { Alert, AlertTitle, Box, Button, Chip, CircularProgress, InputAdornment, TextField, Tooltip, Typography } from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import SearchIcon from '@mui/icons-material/Search';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryStatus } from '../../../../shared/domain';
import { EmptyState } from '../../../app/components/EmptyState';
import { PageLoading } from '../../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { useLanguage } from '../../../app/useLanguage';
import { entriesWithPeopleOf } from '../../../db/repositories/rosterQueries';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { useUnsealedCodeMap } from '../../../db/unsealedCodeMaps';
import { AddEntrantDialog } from './AddEntrantDialog';
import { departmentOptions } from './departmentTree';
import { EntryActionsMenu } from './EntryActionsMenu';
import { RemoveEntryDialog } from './RemoveEntryDialog';
import { RosterPreviewDialog } from './RosterPreviewDialog';
import { fileErrorText, openFileErrorText } from './rosterMessages';
import { canChangeAttendance, canEditRoster } from './rosterPermissions';
import { filterRosterRows, isActiveEntry, rosterTableRows, type RosterTableRow } from './rosterRows';
import { useRosterImport } from './useRosterImport';

const STATUS_COLOR: Record<EntryStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  registered: 'info',
  checked_in: 'success',
  absent: 'warning',
  withdrawn: 'default',
  disqualified: 'error',
};

export default function RosterTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const repositories = useRepositories();
  const data = useLiveRecords((r) => entriesWithPeopleOf(r, competition.id), [competition.id]);
  const importer = useRosterImport(competition);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [removing, setRemoving] = useState<RosterTableRow | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  // Codes exist only in the sealed map: shown while the encryption officer has it open in this window.
  const codeMap = useUnsealedCodeMap(competition.id);

  const edit = canEditRoster(competition.status);
  const attendance = canChangeAttendance(competition.status);
  const options = useMemo(() => departmentOptions(data?.departments ?? []), [data?.departments]);
  const pathOf = useMemo(() => new Map(options.map((o) => [o.id, o.path])), [options]);
  const rows = useMemo(() => (data ? rosterTableRows(data.entries, data.peopleById, pathOf) : []), [data, pathOf]);
  const visible = useMemo(
    () => filterRosterRows(rows, deferredQuery, { statusLabel: (s) => t(`enums.entryStatus.${s}`), codeOf: codeMap?.codes }),
    [rows, deferredQuery, t, codeMap],
  );

  if (!data) return <PageLoading />;

  const setStatus = async (entry: Entry, status: EntryStatus) => {
    setActionError(null);
    try {
      await repositories.competitions.saveEntries([{ ...entry, status }]);
    } catch (error) {
      setActionError(error instanceof Error ? error.message : String(error));
    }
  };

  const columns: Column<RosterTableRow>[] = [
    {
      key: 'code',
      header: t('roster.columns.anonCode'),
      width: '84px',
      render: (r) =>
        r.entry.drawOrder === undefined ? '—' : codeMap ? (codeMap.codes.get(r.entry.id) ?? '—') : <Box component="span" sx={{ color: 'text.disabled' }} title={t('roster.sealedHint')}>{t('roster.sealed')}</Box>,
    },
    { key: 'order', header: t('roster.columns.drawOrder'), width: '72px', align: 'right', render: (r) => r.entry.drawOrder ?? '—' },
    { key: 'station', header: t('roster.columns.station'), width: '80px', align: 'right', render: (r) => r.entry.station ?? '—' },
    ...(competition.teamBased ? [{ key: 'team', header: t('roster.columns.team'), width: 'minmax(120px, 1.2fr)', render: (r: RosterTableRow) => r.teamName || '—' }] : []),
    { key: 'name', header: t(competition.teamBased ? 'roster.columns.members' : 'roster.columns.name'), width: competition.teamBased ? 'minmax(180px, 2fr)' : 'minmax(96px, 1fr)', render: (r) => <span title={r.names}>{r.names}</span> },
    { key: 'employeeNo', header: t('roster.columns.employeeNo'), width: competition.teamBased ? 'minmax(160px, 1.6fr)' : '128px', render: (r) => <span title={r.employeeNos}>{r.employeeNos}</span> },
    { key: 'department', header: t('roster.columns.department'), width: 'minmax(160px, 2fr)', render: (r) => <span title={r.department}>{r.department || '—'}</span> },
    {
      key: 'status',
      header: t('roster.columns.status'),
      width: '136px',
      render: (r) => <Chip size="small" variant="outlined" color={STATUS_COLOR[r.entry.status]} label={t(`enums.entryStatus.${r.entry.status}`)} />,
    },
    {
      key: 'actions',
      header: '',
      width: '64px',
      align: 'right',
      render: (r) => (
        <EntryActionsMenu
          entry={r.entry}
          label={r.teamName || r.names}
          attendance={attendance}
          edit={edit}
          onStatus={(entry, status) => void setStatus(entry, status)}
          onRemove={() => setRemoving(r)}
        />
      ),
    },
  ];

  const active = data.entries.filter(isActiveEntry).length;
  const checkedIn = data.entries.filter((e) => e.status === 'checked_in').length;
  const { state, problem, done } = importer;
  const lockedText = edit.ok ? undefined : t(`roster.locked.${edit.reason}`);
  const disabledTip = (node: ReactElement) =>
    lockedText ? (
      <Tooltip title={lockedText}>
        <span>{node}</span>
      </Tooltip>
    ) : (
      node
    );

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <TextField
          size="small"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('roster.searchPlaceholder')}
          aria-label={t('common.search')}
          sx={{ width: 420, maxWidth: '100%' }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
          data-testid="roster-search"
        />
        <Typography variant="body2" color="text.secondary" data-testid="roster-count">
          {t(competition.teamBased ? 'roster.countTeams' : 'roster.count', { count: data.entries.length, active, checkedIn })}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {disabledTip(
          <Button variant="outlined" startIcon={competition.teamBased ? <GroupAddIcon /> : <PersonAddIcon />} onClick={() => setAdding(true)} disabled={!edit.ok} data-testid="roster-add">
            {t('roster.add.button')}
          </Button>,
        )}
        {disabledTip(
          <Button
            variant="contained"
            startIcon={state.step === 'reading' ? <CircularProgress size={16} color="inherit" /> : <UploadFileIcon />}
            onClick={() => void importer.pick()}
            disabled={!edit.ok || state.step === 'reading' || state.step === 'writing'}
            data-testid="roster-import"
          >
            {state.step === 'reading' ? t('roster.import.reading') : t('roster.import.button')}
          </Button>,
        )}
      </Box>

      {lockedText && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="roster-locked">
          {lockedText}
        </Alert>
      )}
      {edit.ok && data.entries.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: -1, mb: 1.5 }}>
          {t('roster.import.hint')}
        </Typography>
      )}
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={importer.dismissProblem} data-testid="roster-file-error">
          <AlertTitle>{problem.kind === 'file' ? t('roster.import.refusedTitle', { name: problem.fileName }) : t('roster.import.openFailedTitle')}</AlertTitle>
          {problem.kind === 'file' ? fileErrorText(t, problem.error, language) : openFileErrorText(t, problem.error, language)}{' '}
          {t('roster.import.nothingWritten')}
        </Alert>
      )}
      {done && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={importer.dismissDone} data-testid="roster-import-done">
          {t(competition.teamBased ? 'roster.import.doneTeams' : 'roster.import.done', { count: done.entries, newPeople: done.newPeople })}
          {done.skippedRows > 0 && ` ${t('roster.import.doneSkipped', { count: done.skippedRows })}`}
        </Alert>
      )}
      {added && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setAdded(null)} data-testid="roster-add-done">
          {t('roster.add.done', { name: added })}
        </Alert>
      )}
      {actionError && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setActionError(null)}>
          {t('roster.actions.failed', { message: actionError })}
        </Alert>
      )}

      {data.entries.length === 0 ? (
        <EmptyState
          icon={GroupAddIcon}
          title={t('roster.empty.title')}
          body={edit.ok ? t('roster.empty.body') : (lockedText ?? '')}
          testId="roster-empty"
        />
      ) : (
        <>
          <VirtualTable label={t('roster.tableLabel')} testId="roster-table" rows={visible} columns={columns} rowKey={(r) => r.entry.id} />
          {visible.length === 0 && (
            <Typography color="text.secondary" sx={{ mt: 2 }}>
              {t('common.noMatches')}
            </Typography>
          )}
        </>
      )}

      {(state.step === 'preview' || state.step === 'writing') && (
        <RosterPreviewDialog
          fileName={state.file.name}
          preview={state.preview}
          teamBased={competition.teamBased}
          busy={state.step === 'writing'}
          refreshed={state.refreshed}
          writeError={state.writeError}
          lockedReason={lockedText}
          departmentPath={(id) => pathOf.get(id) ?? id}
          onConfirm={() => void importer.confirm()}
          onReimport={() => void importer.pick()}
          onClose={importer.cancel}
        />
      )}
      {adding && (
        <AddEntrantDialog
          competition={competition}
          entries={data.entries}
          departmentOptions={options}
          onClose={() => setAdding(false)}
          onAdded={(name) => {
            setAdding(false);
            setAdded(name);
          }}
        />
      )}
      {removing && (
        <RemoveEntryDialog
          row={removing}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            setRemoving(null);
            setActionError(null);
            try {
              await repositories.competitions.entries.remove(removing.entry.id);
            } catch (error) {
              setActionError(error instanceof Error ? error.message : String(error));
            }
          }}
        />
      )}
    </Box>
  );
}
