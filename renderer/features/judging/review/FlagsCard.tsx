/**
 * Disagreement flags (DESIGN §3.8) for discussion, and measurement conflicts (§3.3), which block sign-off until
 * the chief judge records the agreed value and a reason.
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { canonicalJson } from '../../../../shared/competitions/package/canonicalJson';
import type { Competition, Item, MarkValue } from '../../../../shared/domain';
import type { MarkFlag } from '../../../../shared/scoring';
import { formatHundredths } from '../../../../shared/scoring';
import { useRepositories } from '../../../db/useRepositories';
import { cellText } from '../cellValue';
import { resolveMeasurementConflict } from './chiefActions';
import { subjectText } from './subjectText';
import type { ReviewData } from './useReviewData';

type Conflict = Extract<MarkFlag, { code: 'measurement_conflict' }>;

export function FlagsCard({ competition, data, readOnly }: { competition: Competition; data: ReviewData; readOnly: boolean }) {
  const { t } = useTranslation();
  const [resolving, setResolving] = useState<Conflict>();
  const itemOf = (id: string) => data.modules.flatMap((m) => m.items).find((i) => i.id === id);
  const where = (f: MarkFlag) => `${subjectText(f.subject, t)} · ${data.modules.find((m) => m.id === f.moduleId)?.name ?? ''} · ${itemOf(f.itemId)?.name ?? f.itemId}`;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{t('chiefReview.flagsTitle')}</Typography>
        {data.disagreements.length === 0 && data.conflicts.length === 0 && <Typography variant="body2" color="text.secondary">{t('chiefReview.noFlags')}</Typography>}
        <Stack spacing={1}>
          {data.conflicts.map((f) => (
            <Alert
              key={`${f.subject}|${f.itemId}`}
              severity="error"
              data-testid="measurement-conflict"
              action={!readOnly && <Button color="inherit" size="small" onClick={() => setResolving(f)} data-testid="resolve-conflict">{t('chiefReview.resolve')}</Button>}
            >
              <strong>{t('chiefReview.conflict')}</strong> {where(f)}:{' '}
              {f.params.values.map((v) => `${data.judgeName(v.judgeId)} ${cellText(itemOf(f.itemId)!, v.value, t)}`).join(' · ')}
            </Alert>
          ))}
          {data.disagreements.map((f) => (
            <Alert key={`${f.subject}|${f.itemId}`} severity="warning" data-testid="disagreement-flag">
              <strong>{t(`chiefReview.flag.${f.code}`)}</strong> {where(f)}:{' '}
              {f.code === 'levels_apart'
                ? t('chiefReview.levelsApart', { lowest: f.params.lowest, highest: f.params.highest })
                : f.code === 'points_spread'
                  ? t('chiefReview.pointsSpread', { lowest: formatHundredths(f.params.lowest), highest: formatHundredths(f.params.highest) })
                  : ''}{' '}
              ({f.params.judgeIds.map(data.judgeName).join(', ')})
            </Alert>
          ))}
        </Stack>
      </CardContent>
      {resolving && (
        <ResolveDialog
          conflict={resolving}
          item={itemOf(resolving.itemId)!}
          label={where(resolving)}
          competition={competition}
          chiefId={data.chief?.id}
          judgeName={data.judgeName}
          onClose={() => setResolving(undefined)}
        />
      )}
    </Card>
  );
}

function ResolveDialog({ conflict, item, label, competition, chiefId, judgeName, onClose }: {
  conflict: Conflict;
  item: Item;
  label: string;
  competition: Competition;
  chiefId: string | undefined;
  judgeName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const options = [...new Map(conflict.params.values.map((v) => [canonicalJson(v.value), v.value])).entries()];
  const [choice, setChoice] = useState(options[0]?.[0] ?? '');
  const [reason, setReason] = useState('');
  const save = async () => {
    const value = options.find(([key]) => key === choice)?.[1] as MarkValue;
    await resolveMeasurementConflict(repositories, {
      competitionId: competition.id,
      moduleId: conflict.moduleId,
      itemId: conflict.itemId,
      subjectRef: conflict.subject,
      value,
      reason: reason.trim(),
      assignmentIds: conflict.params.values.filter((v) => canonicalJson(v.value) !== choice).map((v) => v.judgeId),
      chiefAssignmentId: chiefId,
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('chiefReview.resolveTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>{label}</Typography>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <TextField select label={t('chiefReview.agreedValue')} value={choice} onChange={(e) => setChoice(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'agreed-value' } }}>
            {options.map(([key, value]) => (
              <MenuItem key={key} value={key}>
                {cellText(item, value, t)} ({conflict.params.values.filter((v) => canonicalJson(v.value) === key).map((v) => judgeName(v.judgeId)).join(', ')})
              </MenuItem>
            ))}
          </TextField>
          <TextField label={t('chiefReview.reason')} required multiline minRows={2} value={reason} onChange={(e) => setReason(e.target.value.slice(0, 1000))} slotProps={{ htmlInput: { 'data-testid': 'resolve-reason' } }} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={reason.trim() === ''} onClick={() => void save()} data-testid="resolve-confirm">{t('chiefReview.resolve')}</Button>
      </DialogActions>
    </Dialog>
  );
}
