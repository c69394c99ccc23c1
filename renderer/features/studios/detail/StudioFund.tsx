/** The innovation fund of one year: budget, allocations to projects, spending; problems named in words. */
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { studioFundYear } from '../../../../shared/studios/fundLedger';
import { fenToYuanText, parseYuanToFen } from '../../../../shared/studios/money';
import { formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { useRepositories } from '../../../db/useRepositories';
import { LinkTable } from '../components/LinkTable';
import { recordPath } from '../components/RecordLink';
import { Section } from '../components/Section';
import type { StudioDetail } from '../useStudioDetail';

export function StudioFund({ detail, year }: { detail: StudioDetail; year: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const fund = studioFundYear(detail.studio, detail.projects, year);
  const titles = new Map(detail.projects.map((p) => [p.id, p.title]));
  const yuan = (fen: number) => formatYuan(fen, language);
  const tiles = [
    ['budget', fund.budgetFen],
    ['allocated', fund.allocatedFen],
    ['unallocated', fund.unallocatedFen],
    ['spent', fund.spentFen],
    ['remaining', fund.remainingFen],
  ] as const;
  return (
    <Section
      title={t('innovation.fund.title', { year })}
      testId="studio-fund"
      actions={<Button size="small" onClick={() => setEditing(true)} data-testid="set-budget">{t('innovation.fund.setBudget')}</Button>}
    >
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', mb: 1.5 }}>
        {tiles.map(([key, fen]) => (
          <Box key={key}>
            <Typography variant="caption" color="text.secondary">{t(`innovation.fund.${key}`)}</Typography>
            <Typography variant="subtitle1" data-testid={`fund-${key}`} color={fen < 0 ? 'error' : undefined}>{yuan(fen)}</Typography>
          </Box>
        ))}
      </Box>
      {fund.issues.map((issue) => (
        <Alert key={issue.code + ('projectId' in issue.params ? issue.params.projectId : '')} severity="warning" sx={{ mb: 1 }}>
          {issue.code === 'over_allocated'
            ? t('innovation.fund.overAllocated', { amount: yuan(issue.params.overFen) })
            : t('innovation.fund.projectOverspent', { project: titles.get(issue.params.projectId) ?? '', amount: yuan(issue.params.overFen) })}
        </Alert>
      ))}
      <LinkTable
        label={t('innovation.fund.title', { year })}
        rows={fund.rows}
        rowKey={(r) => r.projectId}
        rowPath={(r) => recordPath('projects', r.projectId)}
        empty={t('innovation.fund.noRows')}
        columns={[
          { key: 'project', header: t('innovation.project.title'), render: (r) => titles.get(r.projectId) ?? r.projectId },
          { key: 'allocated', header: t('innovation.fund.allocated'), render: (r) => yuan(r.allocatedFen), align: 'right' },
          { key: 'spent', header: t('innovation.fund.spent'), render: (r) => yuan(r.spentFen), align: 'right' },
        ]}
      />
      {editing && <BudgetDialog detail={detail} year={year} onClose={() => setEditing(false)} />}
    </Section>
  );
}

function BudgetDialog({ detail, year, onClose }: { detail: StudioDetail; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const current = detail.studio.fundBudgets?.find((b) => b.year === year)?.budgetFen ?? 0;
  const [text, setText] = useState(fenToYuanText(current));
  const fen = parseYuanToFen(text);
  const save = async () => {
    if (fen === undefined) return;
    const budgets = [...(detail.studio.fundBudgets ?? []).filter((b) => b.year !== year), { year, budgetFen: fen }].sort((a, b) => a.year - b.year);
    await repositories.studios.save({ ...detail.studio, fundBudgets: budgets });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('innovation.fund.budgetTitle', { year })}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          size="small"
          sx={{ mt: 1 }}
          label={t('innovation.fund.budgetYuan')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={fen === undefined}
          helperText={fen === undefined ? t('innovation.problems.not_money') : undefined}
          slotProps={{ htmlInput: { 'data-testid': 'budget-input', inputMode: 'decimal' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={fen === undefined} onClick={() => void save()} data-testid="budget-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
