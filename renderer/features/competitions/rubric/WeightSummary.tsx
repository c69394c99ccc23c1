/**
 * The parts at a glance: each part's weight and maximum, the weight total (must be 100 %), and how the total
 * out of 100 is made (DESIGN §3.5). Problems of the rubric as a whole are shown here.
 */
import { memo } from 'react';
import { Box, Chip, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { partMax, rubricMax } from '../../../../shared/competitions/rubric/rubricMax';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import type { Rubric } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { IssueList } from './IssueList';
import { sameIssues, targetElementId } from './issueIndex';
import { formatHundredths } from './points';

function WeightSummaryView({ rubric, issues }: { rubric: Rubric; issues: readonly RubricIssue[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const maxima = rubricMax(rubric);
  const totalOk = maxima.weightTotalPercent === 100;
  const formula = rubric.parts.map((p) => t('rubric.weights.formulaTerm', { name: p.name || '—', weight: p.weightPercent })).join(' + ');

  return (
    <Paper variant="outlined" sx={{ p: 2 }} id={targetElementId('rubric')} data-testid="rubric-weights">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3" sx={{ mr: 1 }}>
          {t('rubric.weights.title')}
        </Typography>
        {rubric.parts.map((part, i) => (
          <Chip
            key={part.id}
            variant="outlined"
            label={t('rubric.weights.part', {
              name: part.name || '—',
              weight: part.weightPercent,
              max: formatHundredths(maxima.parts[i]?.max ?? 0, language),
            })}
          />
        ))}
        <Chip
          color={totalOk ? 'success' : 'warning'}
          data-testid="rubric-weight-total"
          label={t('rubric.weights.total', { total: maxima.weightTotalPercent })}
        />
      </Box>
      {rubric.parts.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {rubric.parts.length === 1 ? t('rubric.weights.singlePart') : t('rubric.weights.formula', { formula })}
        </Typography>
      )}
      <IssueList issues={issues} />
    </Paper>
  );
}

/** What the summary shows of a part; typing in an item name changes none of it. */
function summaryKey(rubric: Rubric): string {
  return JSON.stringify(rubric.parts.map((p) => [p.id, p.name, p.weightPercent, partMax(p)]));
}

export const WeightSummary = memo(WeightSummaryView, (a, b) => sameIssues(a.issues, b.issues) && summaryKey(a.rubric) === summaryKey(b.rubric));
