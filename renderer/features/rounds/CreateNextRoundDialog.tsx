/**
 * Creates the next round of a competition (preliminary → final). Asks for the advance rule (top N, everyone tied
 * at the boundary included, or a minimum total) and the new round's name, shows who advances — from the latest
 * publication snapshot, or the locked results — and explains a tie at the boundary, says what will be created and
 * only then writes the new competition (registration, rubric copy) and its entries in one transaction.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { buildNextRound } from '../../../shared/competitions/rounds/buildNextRound';
import { nextRoundCheck, planAdvancement, roundResultRows } from '../../../shared/competitions/rounds/planNextRound';
import { advanceRuleSchema, type AdvanceRuleRecord, type Competition } from '../../../shared/domain';
import { PageLoading } from '../../app/components/PageLoading';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { fmt } from '../results/resultsText';
import { useResultsReport } from '../results/useResultsReport';

export default function CreateNextRoundDialog({ competition, onClose }: { competition: Competition; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const state = useResultsReport(competition);
  const [name, setName] = useState(() => t('rounds.dialog.defaultName', { name: competition.name }));
  const [mode, setMode] = useState<AdvanceRuleRecord['mode']>('top');
  const [countText, setCountText] = useState('');
  const [minText, setMinText] = useState('80');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const rows = useMemo(() => {
    if (!state) return [];
    // Computed rows only when every mark is tied to its entrant (the map unsealed or published).
    const computable = state.inputs.marks.length > 0 && state.report.audit.unresolvedMarks === 0;
    return roundResultRows(state.publication, computable ? state.report.results.rows : undefined);
  }, [state]);
  const ranked = rows.filter((r) => r.rank !== undefined).length;
  const count = countText === '' ? Math.max(1, Math.min(ranked, Math.ceil(ranked / 2))) : Number(countText);
  const parsed = advanceRuleSchema.safeParse(mode === 'top' ? { mode, count } : { mode, minTotal: Number(minText) });
  const ruleError = !parsed.success || (mode === 'top' && count > ranked);
  const rule = parsed.success ? parsed.data : undefined;
  const plan = rule ? planAdvancement(rows, rule) : undefined;

  if (!state) {
    return (
      <Dialog open onClose={onClose}>
        <PageLoading />
      </Dialog>
    );
  }
  const reasons = nextRoundCheck(competition, rows, undefined);
  const who = (key: string) => state.report.entrants.get(key);
  const canCreate = reasons.length === 0 && !ruleError && plan !== undefined && plan.advancing.length > 0 && name.trim().length > 0;

  const create = async () => {
    if (!plan || !rule) return;
    setBusy(true);
    setError(undefined);
    try {
      const records = buildNextRound(
        competition,
        state.inputs.entries,
        plan.advancing.map((r) => r.key),
        { name, rule, newId },
      );
      await repositories.competitions.createNextRound(records);
      onClose();
      navigate(`/competitions/${records.competition.id}/overview`);
    } catch (e) {
      setError(t('rounds.dialog.failed', { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('rounds.dialog.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('rounds.dialog.intro', {
            source: state.publication ? t('rounds.dialog.sourcePublished', { sequence: state.publication.sequence ?? 1 }) : t('rounds.dialog.sourceLive'),
          })}
        </Typography>
        {reasons.map((r) => (
          <Alert key={r.code} severity="warning" sx={{ mb: 2 }}>
            {t(`rounds.reasons.${r.code}`, { ...r.params })}
          </Alert>
        ))}
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            label={t('rounds.dialog.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={name.trim().length === 0}
            slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'rounds-name' } }}
            sx={{ flexGrow: 1, minWidth: 280 }}
          />
          <RadioGroup row value={mode} onChange={(e) => setMode(e.target.value as AdvanceRuleRecord['mode'])} aria-label={t('rounds.dialog.mode')}>
            <FormControlLabel value="top" control={<Radio data-testid="rounds-mode-top" />} label={t('rounds.dialog.modeTop')} />
            <FormControlLabel value="threshold" control={<Radio data-testid="rounds-mode-threshold" />} label={t('rounds.dialog.modeThreshold')} />
          </RadioGroup>
          {mode === 'top' ? (
            <TextField
              label={t('rounds.dialog.count')}
              type="number"
              value={countText === '' ? String(count) : countText}
              onChange={(e) => setCountText(e.target.value)}
              error={ruleError}
              helperText={ruleError ? t('rounds.dialog.invalidCount', { max: ranked }) : undefined}
              slotProps={{ htmlInput: { min: 1, max: ranked, 'data-testid': 'rounds-count' } }}
              sx={{ width: 160 }}
            />
          ) : (
            <TextField
              label={t('rounds.dialog.minTotal')}
              type="number"
              value={minText}
              onChange={(e) => setMinText(e.target.value)}
              error={ruleError}
              helperText={ruleError ? t('rounds.dialog.invalidMin') : undefined}
              slotProps={{ htmlInput: { min: 0, max: 100, step: 0.01, 'data-testid': 'rounds-min-total' } }}
              sx={{ width: 160 }}
            />
          )}
        </Stack>
        {plan && !ruleError && (
          <>
            <Typography variant="subtitle2" data-testid="rounds-advancing-count">
              {plan.advancing.length > 0 ? t('rounds.dialog.advancing', { count: plan.advancing.length, ranked: plan.rankedCount }) : t('rounds.dialog.none')}
            </Typography>
            {plan.boundaryTie && (
              <Alert severity="info" sx={{ my: 1 }} data-testid="rounds-boundary-tie">
                {t('rounds.dialog.boundaryTie', { rank: plan.boundaryTie.rank, tied: plan.boundaryTie.tied, total: fmt(plan.boundaryTie.total), extra: plan.boundaryTie.extra })}
              </Alert>
            )}
            {plan.advancing.length > 0 && (
              <Box sx={{ maxHeight: 260, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, mt: 1 }}>
                <Table size="small" stickyHeader data-testid="rounds-advancing">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('rounds.dialog.columns.rank')}</TableCell>
                      <TableCell>{t('rounds.dialog.columns.entrant')}</TableCell>
                      <TableCell>{t('rounds.dialog.columns.department')}</TableCell>
                      <TableCell align="right">{t('rounds.dialog.columns.total')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {plan.advancing.map((row) => (
                      <TableRow key={row.key} data-testid="rounds-advancing-row">
                        <TableCell>{row.rank}</TableCell>
                        <TableCell>{who(row.key)?.name ?? who(row.key)?.anonCode ?? '—'}</TableCell>
                        <TableCell>{who(row.key)?.department ?? ''}</TableCell>
                        <TableCell align="right">{fmt(row.total)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
            {canCreate && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="rounds-effect">
                {t('rounds.dialog.effect', { name: name.trim(), count: plan.advancing.length })}
              </Alert>
            )}
          </>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!canCreate || busy} onClick={() => void create()} data-testid="rounds-confirm">
          {t('rounds.dialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
