/** Candidates of the talent pipeline for a year, with their best result and suggested studios, and the invite action. */
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Chip, MenuItem, Snackbar, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_TOP_PERCENT, type PipelineCandidate } from '../../../../shared/synergy/buildTalentPipeline';
import { PageLoading } from '../../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { RecordLink, recordPath } from '../../studios/components/RecordLink';
import { InviteDialog } from './InviteDialog';
import { useResultText } from './useResultText';

const ALL = 'all';

export function CandidatesTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resultText = useResultText();
  const [chosenYear, setChosenYear] = useState<string | undefined>(undefined);
  const view = useLiveRecords((r) => r.pipeline.candidates(chosenYear === undefined ? undefined : chosenYear === ALL ? 'all' : Number(chosenYear)), [chosenYear]);
  const year = chosenYear ?? (view?.year !== undefined ? String(view.year) : undefined);
  const years = view?.years;
  const [filter, setFilter] = useState('');
  const [inviting, setInviting] = useState<PipelineCandidate | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const rows = useMemo(() => {
    if (!view) return [];
    const q = filter.trim().toLowerCase();
    if (q === '') return view.candidates;
    return view.candidates.filter((c) => {
      const person = view.people.get(c.personId);
      return Boolean(person && (person.name.toLowerCase().includes(q) || person.trade.toLowerCase().includes(q) || person.employeeNo.includes(q)));
    });
  }, [view, filter]);

  if (view === undefined) return <PageLoading />;

  const columns: Column<PipelineCandidate>[] = [
    { key: 'person', header: t('pipeline.person'), width: 'minmax(76px, 1fr)', render: (c) => <RecordLink route="people" id={c.personId}>{view?.people.get(c.personId)?.name ?? c.personId}</RecordLink> },
    { key: 'trade', header: t('pipeline.trade'), width: 'minmax(76px, 1fr)', render: (c) => <span title={view?.people.get(c.personId)?.trade}>{view?.people.get(c.personId)?.trade ?? '—'}</span> },
    {
      key: 'result',
      header: t('pipeline.result'),
      width: '104px',
      render: (c) => (
        <Tooltip title={resultText(c.best)}>
          <Chip size="small" variant="outlined" color={c.best.award ? 'warning' : 'default'} label={c.best.award ? t(`pipeline.award.${c.best.award}`) : t('pipeline.rankShort', { rank: c.best.rank })} />
        </Tooltip>
      ),
    },
    {
      key: 'competition',
      header: t('pipeline.competition'),
      width: 'minmax(120px, 2fr)',
      render: (c) => (
        <Tooltip title={c.best.competitionName}>
          <span>
            <RecordLink route="competitions" id={c.best.competitionId}>{c.best.competitionName}</RecordLink>
          </span>
        </Tooltip>
      ),
    },
    {
      key: 'suggested',
      header: t('pipeline.suggested'),
      width: 'minmax(140px, 2fr)',
      render: (c) => {
        const [first, ...more] = c.suggestions;
        const pending = c.pendingStudioIds.map((id) => view?.studios.get(id)?.name ?? id);
        if (!first) return <Typography variant="body2" color="text.secondary" component="span">{pending.length > 0 ? t('pipeline.pendingTo', { studios: pending.join(', ') }) : t('pipeline.noSuggestion')}</Typography>;
        const names = c.suggestions.map((s) => `${view?.studios.get(s.studioId)?.name ?? s.studioId} (${t(`pipeline.match.${s.match}`)})`);
        return (
          <Tooltip title={[...names, ...(pending.length > 0 ? [t('pipeline.pendingTo', { studios: pending.join(', ') })] : [])].join(' / ')}>
            <span>
              <RecordLink route="studios" id={first.studioId}>{view?.studios.get(first.studioId)?.name ?? first.studioId}</RecordLink>
              {more.length > 0 && <Typography component="span" variant="body2" color="text.secondary">{` +${more.length}`}</Typography>}
            </span>
          </Tooltip>
        );
      },
    },
    {
      key: 'action',
      header: '',
      width: '96px',
      align: 'right',
      render: (c) => (
        <Button
          size="small"
          variant="outlined"
          data-testid={`invite-${c.personId}`}
          data-person-name={view?.people.get(c.personId)?.name}
          onClick={(e) => {
            e.stopPropagation();
            setInviting(c);
          }}
        >
          {t('pipeline.invite')}
        </Button>
      ),
    },
  ];

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
        <TextField select size="small" label={t('pipeline.year')} value={year ?? ALL} onChange={(e) => setChosenYear(e.target.value)} sx={{ width: 130 }} slotProps={{ select: { 'data-testid': 'pipeline-year' } as object }}>
          {(years ?? []).map((y) => (
            <MenuItem key={y} value={String(y)}>{y}</MenuItem>
          ))}
          <MenuItem value={ALL}>{t('pipeline.allYears')}</MenuItem>
        </TextField>
        <TextField size="small" label={t('pipeline.search')} value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ width: 220 }} slotProps={{ htmlInput: { 'data-testid': 'pipeline-search' } }} />
        <Typography variant="body2" color="text.secondary" data-testid="pipeline-count">
          {view ? t('pipeline.candidatesCount', { count: rows.length }) : ''}
        </Typography>
      </Box>
      <Alert severity="info" icon={false} sx={{ mb: 1.5, py: 0 }}>
        <Typography variant="body2">{t('pipeline.rule', { percent: DEFAULT_TOP_PERCENT })}</Typography>
      </Alert>
      {!view ? (
        <PageLoading />
      ) : view.candidates.length === 0 ? (
        <Alert severity="success" icon={false}>{t('pipeline.noCandidates')}</Alert>
      ) : (
        <VirtualTable
          label={t('pipeline.tabs.candidates')}
          testId="pipeline-candidates"
          rows={rows}
          columns={columns}
          rowKey={(c) => c.personId}
          maxHeight="calc(100vh - 360px)"
          onRowClick={(c) => void navigate(recordPath('people', c.personId))}
        />
      )}
      {inviting && view && (
        <InviteDialog
          candidate={inviting}
          person={view.people.get(inviting.personId)}
          studios={view.studios}
          onClose={() => setInviting(null)}
          onDone={(message) => {
            setInviting(null);
            setDone(message);
          }}
        />
      )}
      <Snackbar open={done !== null} autoHideDuration={5000} onClose={() => setDone(null)} message={done ?? ''} />
    </Box>
  );
}
