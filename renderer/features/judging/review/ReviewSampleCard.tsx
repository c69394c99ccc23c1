/** The review sample (复核): the top N plus a seeded ≥ 15 % of the rest, each rechecked as correct or in error. */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../../shared/domain';
import { drawReviewSample, REVIEW_SAMPLE_MIN_PERCENT, reviewVerdict } from '../../../../shared/judging';
import type { ReviewRow } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { subjectText } from './subjectText';

export function ReviewSampleCard({ competition, ranked, review, readOnly }: { competition: Competition; ranked: readonly string[]; review: ReviewRow | undefined; readOnly: boolean }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [topN, setTopN] = useState(String(review?.topN ?? 3));
  const draw = async () => {
    const seed = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const n = Math.max(0, Math.min(ranked.length, Number(topN) || 0));
    const sample = drawReviewSample(ranked, n, seed);
    await repositories.marks.saveReview({ competitionId: competition.id, seed, topN: n, top: sample.top, sampled: sample.sampled, checked: {}, updatedAt: new Date().toISOString() });
  };
  const mark = async (ref: string, outcome: 'ok' | 'error') => {
    if (!review) return;
    await repositories.marks.saveReview({ ...review, checked: { ...review.checked, [ref]: outcome }, updatedAt: new Date().toISOString() });
  };
  const refs = review ? [...review.top, ...review.sampled] : [];
  const outcomes = review ? Object.entries(review.checked).filter(([ref]) => refs.includes(ref)) : [];
  const verdict = reviewVerdict(outcomes.length, outcomes.filter(([, o]) => o === 'error').length);
  return (
    <Card variant="outlined" data-testid="review-sample">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{t('chiefReview.sampleTitle')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('chiefReview.sampleBody', { percent: REVIEW_SAMPLE_MIN_PERCENT })}</Typography>
        <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
          <TextField size="small" label={t('chiefReview.topN')} value={topN} onChange={(e) => setTopN(e.target.value.replace(/\D/g, '').slice(0, 4))} sx={{ width: 120 }} disabled={readOnly} />
          <Button variant="outlined" disabled={readOnly || ranked.length === 0} onClick={() => void draw()} data-testid="draw-sample">
            {review ? t('chiefReview.redraw') : t('chiefReview.drawSample')}
          </Button>
          {review && <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{t('chiefReview.seed', { seed: review.seed })}</Typography>}
        </Stack>
        {review && (
          <>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1, mb: 2 }}>
              {refs.map((ref) => (
                <Box key={ref} sx={{ display: 'flex', alignItems: 'center', gap: 1, border: 1, borderColor: 'divider', borderRadius: 1, px: 1, py: 0.5 }}>
                  <Typography sx={{ fontFamily: 'monospace', flexGrow: 1 }}>
                    {subjectText(ref, t)} {review.top.includes(ref) && <Chip size="small" label={t('chiefReview.top')} />}
                  </Typography>
                  <ToggleButtonGroup size="small" exclusive value={review.checked[ref] ?? null} onChange={(_e, v: 'ok' | 'error' | null) => v && void mark(ref, v)} disabled={readOnly}>
                    <ToggleButton value="ok">{t('chiefReview.ok')}</ToggleButton>
                    <ToggleButton value="error">{t('chiefReview.error')}</ToggleButton>
                  </ToggleButtonGroup>
                </Box>
              ))}
            </Box>
            <Alert severity={verdict.code === 'passed' ? 'info' : 'warning'}>
              {t(`chiefReview.verdict.${verdict.code}`, { checked: verdict.params.checked, errors: verdict.params.errors, total: refs.length })}
            </Alert>
          </>
        )}
      </CardContent>
    </Card>
  );
}
