/**
 * The gate decision: go / kill / hold / recycle, who decided, when, why. Opened from the project page and by a
 * drop on the board; a drop that skips stages names them and asks for the reason.
 */
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectStage } from '../../../../shared/domain';
import { checkGateDecision, type GateCheck, type GateDecisionKind } from '../../../../shared/studios/checkGateDecision';
import { PIPELINE } from '../../../../shared/studios/projectStages';
import { useRepositories } from '../../../db/useRepositories';
import { DateField } from '../../studios/components/DateField';

const DECISIONS: readonly GateDecisionKind[] = ['go', 'kill', 'hold', 'recycle'];
const LAST_DECIDER_KEY = 'jiangxin.gate.lastDecider';

export function GateDialog({ project, initial, onClose }: { project: Project; initial?: { decision: GateDecisionKind; to?: ProjectStage }; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [decision, setDecision] = useState<GateDecisionKind>(initial?.decision ?? 'go');
  const [to, setTo] = useState<ProjectStage | ''>(initial?.to ?? '');
  const [by, setBy] = useState(() => globalThis.localStorage?.getItem(LAST_DECIDER_KEY) ?? '');
  const [at, setAt] = useState(new Date().toISOString().slice(0, 10));
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState<GateCheck | null>(null);

  const input = { decision, ...(to && (decision === 'go' || decision === 'recycle') ? { to } : {}), by, at, note };
  const preview = checkGateDecision(project, input);
  const message = (check: GateCheck): string => {
    if (check.ok) return '';
    const params = check.params ?? {};
    return t(`innovation.gate.problems.${check.code}`, {
      to: params['to'] ? t(`enums.projectStage.${params['to']}`) : '',
      reason: params['code'] ? t(`innovation.review.short.${params['code']}`) : '',
    });
  };

  const confirm = async () => {
    const check = await repositories.projects.decideGate(project.id, input);
    if (!check.ok) {
      setFailed(check);
      return;
    }
    globalThis.localStorage?.setItem(LAST_DECIDER_KEY, by.trim());
    onClose();
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('innovation.gate.title', { from: t(`enums.projectStage.${project.stage}`) })}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mt: 1 }}>
          <TextField size="small" select label={t('innovation.gate.decision')} value={decision} onChange={(e) => setDecision(e.target.value as GateDecisionKind)} slotProps={{ htmlInput: { 'data-testid': 'gate-decision' } }}>
            {DECISIONS.map((d) => <MenuItem key={d} value={d}>{t(`innovation.gate.decisions.${d}`)}</MenuItem>)}
          </TextField>
          {(decision === 'go' || decision === 'recycle') && (
            <TextField size="small" select label={t('innovation.gate.to')} value={to} onChange={(e) => setTo(e.target.value as ProjectStage)}>
              <MenuItem value="">{t(decision === 'go' ? 'innovation.gate.nextStage' : 'innovation.gate.backToProposal')}</MenuItem>
              {PIPELINE.map((s) => <MenuItem key={s} value={s}>{t(`enums.projectStage.${s}`)}</MenuItem>)}
            </TextField>
          )}
          <TextField size="small" required label={t('innovation.gate.by')} value={by} onChange={(e) => setBy(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'gate-by' } }} />
          <DateField label={t('innovation.gate.at')} value={at} onChange={setAt} required />
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" multiline minRows={2} label={t('innovation.gate.note')} value={note} onChange={(e) => setNote(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'gate-note' } }} />
        </Box>
        {preview.ok ? (
          <Alert severity={preview.skipped.length > 0 ? 'warning' : 'info'} sx={{ mt: 2 }} data-testid="gate-preview">
            {preview.skipped.length > 0
              ? t('innovation.gate.skips', { to: t(`enums.projectStage.${preview.gate.to}`), stages: preview.skipped.map((s) => t(`enums.projectStage.${s}`)).join('、') })
              : t('innovation.gate.willMove', { to: t(`enums.projectStage.${preview.gate.to}`) })}
          </Alert>
        ) : (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="gate-problem">{message(preview)}</Alert>
        )}
        {failed && !failed.ok && <Alert severity="error" sx={{ mt: 1 }}>{message(failed)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!preview.ok} onClick={() => void confirm()} data-testid="gate-confirm">{t('innovation.gate.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
}
