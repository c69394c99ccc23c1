/** Budget from the innovation fund (allocations by year) and spending entries, in exact fen. */
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/domain';
import { projectAllocations, projectSpending, withFund } from '../../../../shared/studios/fundLedger';
import { parseYuanToFen } from '../../../../shared/studios/money';
import { formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { newId } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { DateField } from '../../studios/components/DateField';
import { LinkTable } from '../../studios/components/LinkTable';
import { Section } from '../../studios/components/Section';

type EntryKind = 'allocation' | 'spending';

export function ProjectFundPanel({ project, readOnly }: { project: Project; readOnly: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const repositories = useRepositories();
  const [kind, setKind] = useState<EntryKind>('allocation');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const allocations = projectAllocations(project);
  const spending = projectSpending(project);
  const fen = parseYuanToFen(amount);
  const rows = [
    ...allocations.map((a) => ({ id: a.id, kind: 'allocation' as const, when: String(a.year), amountFen: a.amountFen, note: a.note })),
    ...spending.map((s) => ({ id: s.id, kind: 'spending' as const, when: s.date, amountFen: s.amountFen, note: s.note })),
  ];
  const add = async () => {
    setTried(true);
    if (fen === undefined || fen === 0 || date === '') return;
    const change =
      kind === 'allocation'
        ? { allocations: [...allocations, { id: newId(), year: Number(date.slice(0, 4)), amountFen: fen, note: note.trim() }] }
        : { spending: [...spending, { id: newId(), date, amountFen: fen, note: note.trim() }] };
    await repositories.projects.save(withFund(project, change));
    setAmount('');
    setNote('');
    setTried(false);
  };
  const yuan = (value: number) => formatYuan(value, language);
  return (
    <Section title={t('innovation.project.fund')} testId="project-fund">
      <Box sx={{ display: 'flex', gap: 3, mb: 1 }}>
        <Typography variant="body2">{t('innovation.fund.allocated')}: <b data-testid="project-allocated">{yuan(project.budgetFen)}</b></Typography>
        <Typography variant="body2">{t('innovation.fund.spent')}: <b data-testid="project-spent">{yuan(project.spentFen)}</b></Typography>
      </Box>
      {project.spentFen > project.budgetFen && <Alert severity="warning" sx={{ mb: 1 }}>{t('innovation.fund.overspentOne', { amount: yuan(project.spentFen - project.budgetFen) })}</Alert>}
      <LinkTable
        label={t('innovation.project.fund')}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('innovation.fund.noEntries')}
        columns={[
          { key: 'kind', header: t('common.kind'), render: (r) => t(`innovation.fund.entry.${r.kind}`), width: 90 },
          { key: 'when', header: t('common.date'), render: (r) => r.when, width: 110 },
          { key: 'amount', header: t('innovation.fund.amount'), render: (r) => yuan(r.amountFen), align: 'right', width: 140 },
          { key: 'note', header: t('innovation.gate.note'), render: (r) => r.note || '—' },
        ]}
      />
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField size="small" select value={kind} onChange={(e) => setKind(e.target.value as EntryKind)} sx={{ width: 120 }} label={t('common.kind')}>
            <MenuItem value="allocation">{t('innovation.fund.entry.allocation')}</MenuItem>
            <MenuItem value="spending">{t('innovation.fund.entry.spending')}</MenuItem>
          </TextField>
          <TextField size="small" sx={{ width: 150 }} label={t('innovation.fund.amountYuan')} value={amount} onChange={(e) => setAmount(e.target.value)} error={tried && (fen === undefined || fen === 0)} helperText={tried && (fen === undefined || fen === 0) ? t('innovation.problems.not_money') : undefined} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'fund-amount' } }} />
          <Box sx={{ width: 170 }}><DateField label={t('common.date')} value={date} onChange={setDate} required /></Box>
          <TextField size="small" label={t('innovation.gate.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button startIcon={<AddIcon />} onClick={() => void add()} data-testid="fund-add">{t('innovation.fund.add')}</Button>
        </Box>
      )}
    </Section>
  );
}
