/**
 * The review scorecard at 评审: template criteria with weights, one row per reviewer, the aggregate and whether
 * it passes (shared/studios/scoreReview). Editable only while the project is under review.
 */
import { useState } from 'react';
import { Alert, Box, Button, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import type { Project, ReviewScorecard } from '../../../../shared/domain';
import { defaultReviewTemplate, scoreReview } from '../../../../shared/studios/scoreReview';
import { newId } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { Section } from '../../studios/components/Section';

const hundredths = (value: number | undefined) => (value === undefined ? '—' : (value / 100).toFixed(2));

export function ReviewScorecardPanel({ project }: { project: Project }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [card, setCard] = useState<ReviewScorecard | undefined>(project.review);
  const [reviewerName, setReviewerName] = useState('');
  const editable = project.stage === 'review';

  const save = (next: ReviewScorecard) => {
    setCard(next);
    void repositories.projects.saveReview(project.id, next);
  };

  if (!card) {
    return (
      <Section title={t('innovation.review.title')} testId="review-scorecard">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t(editable ? 'innovation.review.noneYet' : 'innovation.review.onlyAtReview')}</Typography>
        {editable && (
          <Button size="small" variant="outlined" data-testid="review-use-template" onClick={() => save(defaultReviewTemplate({ innovation: t('innovation.review.criteria.innovation'), feasibility: t('innovation.review.criteria.feasibility'), benefit: t('innovation.review.criteria.benefit'), team: t('innovation.review.criteria.team') }))}>
            {t('innovation.review.useTemplate')}
          </Button>
        )}
      </Section>
    );
  }

  const score = scoreReview(card);
  const setScore = (reviewerId: string, criterionId: string, text: string) => {
    const value = text.trim() === '' ? undefined : Number(text);
    save({
      ...card,
      reviewers: card.reviewers.map((r) => {
        if (r.id !== reviewerId) return r;
        const scores = { ...r.scores };
        if (value === undefined || !Number.isInteger(value) || value < 0) delete scores[criterionId];
        else scores[criterionId] = Math.min(value, 100);
        return { ...r, scores };
      }),
    });
  };
  const addReviewer = () => {
    if (reviewerName.trim() === '') return;
    save({ ...card, reviewers: [...card.reviewers, { id: newId(), name: reviewerName.trim(), scores: {}, comment: '' }] });
    setReviewerName('');
  };
  const outcome = score.outcome;

  return (
    <Section title={t('innovation.review.title')} testId="review-scorecard">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('innovation.review.rule', { passMark: card.passMark, minReviewers: card.minReviewers })}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('innovation.review.title')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{t('innovation.review.reviewer')}</TableCell>
              {card.criteria.map((c) => (
                <TableCell key={c.id} align="right" sx={{ fontWeight: 600 }}>{t('innovation.review.criterionHeader', { label: c.label, weight: c.weight, max: c.max })}</TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 600 }}>{t('innovation.review.total')}</TableCell>
              {editable && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {card.reviewers.map((r, ri) => (
              <TableRow key={r.id}>
                <TableCell>{r.name}</TableCell>
                {card.criteria.map((c) => (
                  <TableCell key={c.id} align="right">
                    <TextField size="small" sx={{ width: 64 }} disabled={!editable} value={r.scores[c.id] ?? ''} onChange={(e) => setScore(r.id, c.id, e.target.value)} slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${r.name} ${c.label}`, 'data-testid': `score-${ri}-${c.id}` } }} />
                  </TableCell>
                ))}
                <TableCell align="right">{hundredths(score.reviewerTotals.find((x) => x.reviewerId === r.id)?.totalHundredths)}</TableCell>
                {editable && (
                  <TableCell>
                    <IconButton aria-label={t('innovation.form.remove')} onClick={() => save({ ...card, reviewers: card.reviewers.filter((x) => x.id !== r.id) })}><DeleteIcon /></IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{t('innovation.review.mean')}</TableCell>
              {score.criterionMeans.map((m) => <TableCell key={m.criterionId} align="right">{hundredths(m.meanHundredths)}</TableCell>)}
              <TableCell align="right" sx={{ fontWeight: 700 }} data-testid="review-total">{hundredths(score.totalHundredths)}</TableCell>
              {editable && <TableCell />}
            </TableRow>
          </TableBody>
        </Table>
      </Box>
      {editable && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1.5 }}>
          <TextField size="small" label={t('innovation.review.reviewerName')} value={reviewerName} onChange={(e) => setReviewerName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && addReviewer()} slotProps={{ htmlInput: { 'data-testid': 'reviewer-name' } }} />
          <Button startIcon={<AddIcon />} onClick={addReviewer} data-testid="add-reviewer">{t('innovation.review.addReviewer')}</Button>
        </Box>
      )}
      <Alert severity={outcome.code === 'passed' ? 'success' : 'info'} sx={{ mt: 1.5 }} data-testid="review-outcome">
        {t(`innovation.review.outcome.${outcome.code}`, {
          ...('params' in outcome ? outcome.params : {}),
          total: 'params' in outcome && 'totalHundredths' in outcome.params ? hundredths(outcome.params.totalHundredths) : hundredths(score.totalHundredths),
        })}
      </Alert>
    </Section>
  );
}
