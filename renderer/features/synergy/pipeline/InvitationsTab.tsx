/** Invitations of the talent pipeline with their status; a pending one can have its answer recorded. */
import { useState } from 'react';
import { Alert, Box, Button, Chip, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { INVITATION_STATUSES, type InvitationStatus } from '../../../../shared/synergy/types';
import { PageLoading } from '../../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import type { InvitationRow } from '../../../db/repositories/pipelineRepository';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { RecordLink, recordPath } from '../../studios/components/RecordLink';
import { AnswerDialog } from './AnswerDialog';

const ALL = 'all';
const STATUS_COLORS = { pending: 'info', accepted: 'success', declined: 'default' } as const;

export function InvitationsTab() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<InvitationStatus | typeof ALL>('pending');
  const rows = useLiveRecords((r) => r.pipeline.invitations(status === ALL ? undefined : status), [status]);
  const [answering, setAnswering] = useState<InvitationRow | null>(null);

  const columns: Column<InvitationRow>[] = [
    { key: 'person', header: t('pipeline.person'), width: 'minmax(80px, 1fr)', render: (row) => <RecordLink route="people" id={row.invitation.personId}>{row.person?.name ?? row.invitation.personId}</RecordLink> },
    { key: 'studio', header: t('pipeline.studio'), width: 'minmax(120px, 2fr)', render: (row) => <RecordLink route="studios" id={row.invitation.studioId} testId="invitation-studio">{row.studio?.name ?? row.invitation.studioId}</RecordLink> },
    {
      key: 'competition',
      header: t('pipeline.competition'),
      width: 'minmax(120px, 2fr)',
      render: (row) =>
        row.invitation.competitionId ? (
          <span title={row.competition?.name}>
            <RecordLink route="competitions" id={row.invitation.competitionId}>{row.competition?.name ?? row.invitation.competitionId}</RecordLink>
            {row.invitation.award ? ` · ${t(`pipeline.award.${row.invitation.award}`)}` : ''}
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'invited', header: t('pipeline.invitedAt'), width: '100px', render: (row) => row.invitation.invitedAt.slice(0, 10) },
    { key: 'status', header: t('pipeline.statusColumn'), width: '96px', render: (row) => <Chip size="small" color={STATUS_COLORS[row.invitation.status]} label={t(`pipeline.status.${row.invitation.status}`)} data-testid="invitation-status" /> },
    {
      key: 'answer',
      header: t('pipeline.answeredAt'),
      width: '144px',
      align: 'right',
      render: (row) =>
        row.invitation.status === 'pending' ? (
          <Button
            size="small"
            variant="outlined"
            data-testid={`answer-${row.invitation.personId}`}
            onClick={(e) => {
              e.stopPropagation();
              setAnswering(row);
            }}
          >
            {t('pipeline.recordAnswer')}
          </Button>
        ) : (
          (row.invitation.answeredAt ?? '').slice(0, 10)
        ),
    },
  ];

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1.5 }}>
        <TextField select size="small" label={t('pipeline.statusFilter')} value={status} onChange={(e) => setStatus(e.target.value as InvitationStatus | typeof ALL)} sx={{ width: 140 }} slotProps={{ select: { 'data-testid': 'invitation-status-filter' } as object }}>
          {INVITATION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>{t(`pipeline.status.${s}`)}</MenuItem>
          ))}
          <MenuItem value={ALL}>{t('pipeline.allStatuses')}</MenuItem>
        </TextField>
        <Typography variant="body2" color="text.secondary">{rows ? t('pipeline.invitationsCount', { count: rows.length }) : ''}</Typography>
      </Box>
      {!rows ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <Alert severity="info" icon={false}>{t('pipeline.noInvitations')}</Alert>
      ) : (
        <VirtualTable
          label={t('pipeline.tabs.invitations')}
          testId="pipeline-invitations"
          rows={rows}
          columns={columns}
          rowKey={(row) => row.invitation.id}
          maxHeight="calc(100vh - 300px)"
          onRowClick={(row) => void navigate(recordPath('people', row.invitation.personId))}
        />
      )}
      {answering && <AnswerDialog row={answering} onClose={() => setAnswering(null)} />}
    </Box>
  );
}
