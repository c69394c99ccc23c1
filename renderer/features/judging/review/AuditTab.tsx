/**
 * The audit log: every mark event with judge, device, time, old → new value and reason, newest last; "verify
 * chain" re-checks every hash chain and that the marks view is what the log gives; the log exports as CSV.
 */
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { neutraliseCellText } from '../../../../shared/competitions/xlsx/cellValue';
import type { Item } from '../../../../shared/domain';
import { PageLoading } from '../../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform } from '../../../platform';
import type { CompetitionTabProps } from '../../competitions/CompetitionDetailPage';
import { cellText } from '../cellValue';
import { auditRows, type AuditRow } from './auditRows';
import { subjectText } from './subjectText';
import { paperReasonText } from '../paper/paperText';

export default function AuditTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const id = competition.id;
  const data = useLiveRecords(async (r) => {
    const [events, judges] = await Promise.all([r.marks.eventsOf(id), r.competitions.judgesOf(id)]);
    const people = await r.people.byIds([...new Set(judges.map((j) => j.personId))]);
    const nameOf = new Map(people.map((p) => [p.id, p.name]));
    return { events, judgeNames: new Map(judges.map((j) => [j.id, nameOf.get(j.personId) ?? j.id])) };
  }, [id]);
  const [check, setCheck] = useState<Awaited<ReturnType<typeof repositories.marks.verifyChains>>>();
  const rows = useMemo(() => (data ? auditRows(data.events) : []), [data]);
  const items = useMemo(() => new Map<string, Item>(competition.rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items.map((i) => [i.id, i] as const)))), [competition]);
  if (!data) return <PageLoading />;

  const judge = (assignmentId: string | undefined) => (assignmentId ? (data.judgeNames.get(assignmentId) ?? assignmentId) : '');
  const value = (row: AuditRow, which: 'before' | 'after') => {
    const item = row.event.itemId ? items.get(row.event.itemId) : undefined;
    const v = which === 'before' ? row.before : row.event.type === 'set' ? row.event.value : undefined;
    return item && v ? cellText(item, v, t) : '';
  };
  const text = (row: AuditRow) => ({
    at: new Date(row.event.at).toLocaleString(),
    judge: judge(row.event.assignmentId),
    by: judge(row.event.byAssignmentId),
    device: row.event.deviceId.slice(0, 12),
    action: t(`audit.types.${row.event.type}`),
    subject: row.event.subjectRef ? subjectText(row.event.subjectRef, t) : '',
    item: row.event.itemId ? (items.get(row.event.itemId)?.name ?? row.event.itemId) : '',
    change: row.event.type === 'set' || row.event.type === 'clear' ? `${value(row, 'before') || '—'} → ${value(row, 'after') || '—'}` : '',
    reason: [paperReasonText(row.event.reason, t), row.event.note].filter(Boolean).join(' / '),
  });
  const columns: Column<AuditRow>[] = [
    { key: 'at', header: t('audit.at'), width: '150px', render: (r) => text(r).at },
    { key: 'judge', header: t('audit.judge'), width: '1fr', render: (r) => (r.event.byAssignmentId ? `${text(r).judge} (${t('audit.by', { name: text(r).by })})` : text(r).judge) },
    { key: 'device', header: t('audit.device'), width: '110px', render: (r) => <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12 }}>{text(r).device}</Box> },
    { key: 'action', header: t('audit.action'), width: '90px', render: (r) => text(r).action },
    { key: 'subject', header: t('audit.subject'), width: '80px', render: (r) => text(r).subject },
    { key: 'item', header: t('audit.item'), width: '1fr', render: (r) => text(r).item },
    { key: 'change', header: t('audit.change'), width: '120px', render: (r) => text(r).change },
    { key: 'reason', header: t('audit.reason'), width: '1fr', render: (r) => text(r).reason },
  ];

  const exportCsv = async () => {
    const header = columns.map((c) => c.header).concat(t('audit.hash'));
    const lines = [header, ...rows.map((r) => { const x = text(r); return [x.at, x.by ? `${x.judge} (${x.by})` : x.judge, r.event.deviceId, x.action, x.subject, x.item, x.change, x.reason, r.event.id]; })];
    const csv = lines.map((cells) => cells.map((c) => `"${neutraliseCellText(String(c)).replace(/"/g, '""')}"`).join(',')).join('\r\n');
    await getPlatform().saveFile({ suggestedName: `${competition.name}-${t('audit.fileStem')}.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], bytes: new TextEncoder().encode(`\ufeff${csv}\r\n`) });
  };

  return (
    <Stack spacing={2} data-testid="audit-log">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ flexGrow: 1 }}>{t('audit.count', { n: rows.length })}</Typography>
        <Button variant="outlined" onClick={() => void repositories.marks.verifyChains(id).then(setCheck)} data-testid="verify-chain">{t('audit.verify')}</Button>
        <Button variant="outlined" disabled={rows.length === 0} onClick={() => void exportCsv()} data-testid="export-audit">{t('audit.export')}</Button>
      </Stack>
      {check && (
        <Alert severity={check.issues.length === 0 && check.viewMatches ? 'success' : 'error'} data-testid="verify-result">
          {check.issues.length === 0 && check.viewMatches
            ? t('audit.verified', { chains: check.chains, events: check.events })
            : t('audit.broken', { issues: check.issues.length, first: check.issues[0] ? t(`audit.issues.${check.issues[0].code}`, check.issues[0].params) : t('audit.viewDiffers') })}
        </Alert>
      )}
      <VirtualTable rows={rows} columns={columns} rowKey={(r) => r.event.id} label={t('audit.count', { n: rows.length })} testId="audit-table" maxHeight="calc(100vh - 360px)" />
    </Stack>
  );
}
