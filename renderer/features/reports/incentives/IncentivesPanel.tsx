/**
 * The incentives ledger tab: filters by year, kind, status and source; the sum of what the rows pay (with its
 * unit); each row links to its person and its source record, and a pending reward can be approved or rejected.
 * New rewards are entered by hand or taken from the collaboration proposals; the filtered rows export as .xlsx.
 */
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Chip, Link as MuiLink, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import GroupsIcon from '@mui/icons-material/Groups';
import TableChartIcon from '@mui/icons-material/TableChart';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INCENTIVE_KINDS, INCENTIVE_SOURCE_KINDS, INCENTIVE_STATUSES, type Incentive, type IncentiveStatus } from '../../../../shared/domain';
import { filterIncentives, incentiveTotals, type IncentiveFilter } from '../../../../shared/incentives/filterIncentives';
import { incentiveStatusOf } from '../../../../shared/incentives/incentiveStatusOf';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { PageLoading } from '../../../app/components/PageLoading';
import { formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { printErrorText } from '../../competitions/printables/printErrorText';
import { CollaborationProposalsDialog } from './CollaborationProposalsDialog';
import { DecisionDialog } from './DecisionDialog';
import { IncentiveFormDialog } from './IncentiveFormDialog';
import { useIncentiveExport } from './useIncentiveExport';
import { grantedOn, useIncentiveLedger, type LedgerRow } from './useIncentiveLedger';

const STATUS_COLOURS: Record<IncentiveStatus, 'warning' | 'success' | 'default'> = { pending: 'warning', approved: 'success', rejected: 'default' };
const ALL = '';

export function IncentivesPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [chosenYear, setYear] = useState<number | null>(null);
  const knownYears = useLiveRecords((r) => r.incentives.years());
  // The latest year with rewards, until the user picks one.
  const year = chosenYear ?? knownYears?.[0] ?? new Date().getFullYear();
  const [kind, setKind] = useState<string>(ALL);
  const [status, setStatus] = useState<string>(ALL);
  const [source, setSource] = useState<string>(ALL);
  const [who, setWho] = useState('');
  const [dialog, setDialog] = useState<'add' | 'proposals' | { decide: LedgerRow; decision: 'approved' | 'rejected' } | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string }>();
  const ledger = useIncentiveLedger(year);
  const exportXlsx = useIncentiveExport();

  const filter: IncentiveFilter = useMemo(
    () => ({ ...(kind ? { kind: kind as Incentive['kind'] } : {}), ...(status ? { status: status as IncentiveStatus } : {}), ...(source ? { sourceKind: source as Incentive['sourceKind'] } : {}) }),
    [kind, status, source],
  );
  const rows = useMemo(() => {
    if (!ledger) return [];
    const kept = new Set(filterIncentives(ledger.rows.map((r) => r.incentive), filter));
    const query = who.trim();
    return ledger.rows.filter((r) => kept.has(r.incentive) && (query === '' || r.personName.includes(query) || r.employeeNo.includes(query)));
  }, [ledger, filter, who]);
  const totals = incentiveTotals(rows.map((r) => r.incentive));
  const years = [...new Set([year, new Date().getFullYear(), ...(knownYears ?? [])])].sort((a, b) => b - a);

  const columns: Column<LedgerRow>[] = [
    { key: 'date', header: t('reporting.incentives.columns.grantedOn'), width: '108px', render: (r) => grantedOn(r.incentive) },
    {
      key: 'person',
      header: t('reporting.incentives.columns.person'),
      width: 'minmax(90px, 1fr)',
      render: (r) => (
        <MuiLink component={Link} to={`/people/${r.incentive.personId}`} title={r.department} data-testid="ledger-person">
          {r.personName}
        </MuiLink>
      ),
    },
    { key: 'kind', header: t('reporting.incentives.columns.kind'), width: '104px', render: (r) => t(`enums.incentiveKind.${r.incentive.kind}`) },
    {
      key: 'source',
      header: t('reporting.incentives.columns.source'),
      width: 'minmax(160px, 2.4fr)',
      render: (r) => (
        <Box sx={{ minWidth: 0, lineHeight: 1.2 }}>
          <MuiLink component={Link} to={r.sourceHref} noWrap sx={{ display: 'block' }} data-testid="ledger-source">
            {r.sourceName}
          </MuiLink>
          <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }} title={r.incentive.description}>
            {t(`reporting.incentives.sourceKind.${r.incentive.sourceKind}`)}
            {r.incentive.description ? ` · ${r.incentive.description}` : ''}
          </Typography>
        </Box>
      ),
    },
    { key: 'amount', header: t('reporting.incentives.columns.amountYuan'), width: '130px', align: 'right', render: (r) => (r.incentive.amountFen > 0 ? formatYuan(r.incentive.amountFen, language) : '—') },
    {
      key: 'status',
      header: t('reporting.incentives.columns.status'),
      width: '150px',
      render: (r) => {
        const s = incentiveStatusOf(r.incentive);
        const decided = r.incentive.decidedBy ? t('reporting.incentives.decidedLine', { by: r.incentive.decidedBy, on: r.incentive.decidedAt?.slice(0, 10) ?? '' }) : '';
        return s === 'pending' ? (
          <Stack direction="row" spacing={0.5}>
            <Button size="small" variant="outlined" color="success" sx={{ minWidth: 0, px: 1 }} onClick={() => setDialog({ decide: r, decision: 'approved' })} data-testid="ledger-approve">
              {t('reporting.incentives.approve')}
            </Button>
            <Button size="small" color="inherit" sx={{ minWidth: 0, px: 1 }} onClick={() => setDialog({ decide: r, decision: 'rejected' })} data-testid="ledger-reject">
              {t('reporting.incentives.reject')}
            </Button>
          </Stack>
        ) : (
          <Box sx={{ minWidth: 0, lineHeight: 1.1 }} title={r.incentive.decisionNote ?? ''}>
            <Chip size="small" sx={{ height: 20 }} color={STATUS_COLOURS[s]} label={t(`reporting.incentives.status.${s}`)} data-testid="ledger-status" />
            {decided && (
              <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }}>
                {decided}
              </Typography>
            )}
          </Box>
        );
      },
    },
  ];

  const select = (label: string, value: string | number, onChange: (v: string) => void, options: readonly { value: string | number; label: string }[], testId: string) => (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 112 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true, 'data-testid': testId } as object }}>
      {options.map((o) => (
        <MenuItem key={String(o.value)} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const withAll = (values: readonly string[], prefix: string) => [{ value: ALL, label: t('reporting.incentives.all') }, ...values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))];

  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('reporting.incentives.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        {select(t('reporting.incentives.filterYear'), year, (v) => setYear(Number(v)), years.map((y) => ({ value: y, label: String(y) })), 'ledger-year')}
        {select(t('reporting.incentives.filterKind'), kind, setKind, withAll(INCENTIVE_KINDS, 'enums.incentiveKind'), 'ledger-kind')}
        {select(t('reporting.incentives.filterStatus'), status, setStatus, withAll(INCENTIVE_STATUSES, 'reporting.incentives.status'), 'ledger-status-filter')}
        {select(t('reporting.incentives.filterSource'), source, setSource, withAll(INCENTIVE_SOURCE_KINDS, 'reporting.incentives.sourceKind'), 'ledger-source-filter')}
        <TextField size="small" label={t('reporting.incentives.searchPerson')} value={who} onChange={(e) => setWho(e.target.value)} sx={{ width: 170 }} slotProps={{ htmlInput: { 'data-testid': 'ledger-who' } }} />
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog('add')} data-testid="ledger-add">
          {t('reporting.incentives.add')}
        </Button>
        <Button variant="outlined" startIcon={<GroupsIcon />} onClick={() => setDialog('proposals')} data-testid="ledger-proposals">
          {t('reporting.incentives.propose')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<TableChartIcon />}
          disabled={rows.length === 0}
          onClick={() =>
            void exportXlsx(rows, year).then(
              (saved) => saved && setNotice({ severity: 'success', text: t('reporting.incentives.saved', { name: saved.path ?? saved.name }) }),
              (error: unknown) => setNotice({ severity: 'error', text: printErrorText(t, error) }),
            )
          }
          data-testid="ledger-export"
        >
          {t('reporting.incentives.exportXlsx')}
        </Button>
      </Stack>
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }} onClose={() => setNotice(undefined)} data-testid="ledger-notice">
          {notice.text}
        </Alert>
      )}
      {!ledger ? (
        <PageLoading />
      ) : (
        <>
          <Typography variant="subtitle2" sx={{ mb: 1 }} data-testid="ledger-summary">
            {t('reporting.incentives.summary', { count: totals.count, total: formatYuan(totals.totalFen, language), approved: formatYuan(totals.approvedFen, language), pending: totals.pending })}
          </Typography>
          {rows.length === 0 ? (
            <Alert severity="info">{t('reporting.incentives.empty')}</Alert>
          ) : (
            <VirtualTable rows={rows} columns={columns} rowKey={(r) => r.incentive.id} label={t('reporting.incentives.tableLabel')} testId="ledger-table" maxHeight="calc(100vh - 330px)" />
          )}
        </>
      )}
      {dialog === 'add' && <IncentiveFormDialog year={year} onClose={() => setDialog(null)} onSaved={(text) => setNotice({ severity: 'success', text })} />}
      {dialog === 'proposals' && <CollaborationProposalsDialog year={year} onClose={() => setDialog(null)} onAdded={(text) => setNotice({ severity: 'success', text })} />}
      {dialog !== null && typeof dialog === 'object' && <DecisionDialog row={dialog.decide} decision={dialog.decision} onClose={() => setDialog(null)} onDone={(text) => setNotice({ severity: 'success', text })} />}
    </Box>
  );
}
