/**
 * How awards are given (DESIGN §3.7): shares of ranked entrants with rounding, fixed counts, or total
 * thresholds, with an optional minimum total for any award.
 */
import { memo } from 'react';
import { Box, Checkbox, FormControlLabel, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import { AWARD_KEYS, type AwardRule } from '../../../../shared/domain';
import { ratioCount, type AwardRounding } from './awardExample';
import { IssueList } from './IssueList';
import { sameIssues, targetElementId } from './issueIndex';
import { ModeToggle } from './items/ModeToggle';
import { NumberField } from './NumberField';
import { useRubricEdit } from './rubricEditContext';

type Mode = AwardRule['mode'];
const ROUNDINGS: readonly AwardRounding[] = ['down', 'nearest', 'up'];

function ruleOfMode(mode: Mode, minTotal: number | undefined): AwardRule {
  const min = minTotal === undefined ? {} : { minTotal };
  if (mode === 'ratio') return { mode, percents: [10, 20, 30], rounding: 'down', ...min };
  if (mode === 'count') return { mode, counts: [1, 2, 3], ...min };
  return { mode, thresholds: [90, 80, 70], ...min };
}

interface AwardRuleEditorProps {
  readonly rule: AwardRule;
  readonly issues: readonly RubricIssue[];
  /** Entrants who would be ranked now, for the worked example. */
  readonly rankedCount: number;
}

function AwardRuleEditorView({ rule, issues, rankedCount }: AwardRuleEditorProps) {
  const { t } = useTranslation();
  const { readOnly, update } = useRubricEdit();
  const set = (next: AwardRule) => update((r) => ({ ...r, awardRule: next }));
  const values: readonly number[] = rule.mode === 'ratio' ? rule.percents : rule.mode === 'count' ? rule.counts : rule.thresholds;
  const setValue = (index: number, value: number) => {
    const next = [...values] as [number, number, number];
    next[index] = value;
    if (rule.mode === 'ratio') set({ ...rule, percents: next });
    else if (rule.mode === 'count') set({ ...rule, counts: next });
    else set({ ...rule, thresholds: next });
  };
  const example = rankedCount > 0 ? rankedCount : 40;

  return (
    <Paper variant="outlined" sx={{ p: 2 }} id={targetElementId('award')} data-testid="rubric-awards">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('rubric.awards.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t(`rubric.awards.help.${rule.mode}`)}
      </Typography>
      <ModeToggle
        value={rule.mode}
        label={t('rubric.awards.mode')}
        testId="rubric-award-mode"
        disabled={readOnly}
        options={(['ratio', 'count', 'threshold'] as const).map((m) => ({ value: m, label: t(`rubric.awards.modes.${m}`) }))}
        onChange={(mode) => set(ruleOfMode(mode, rule.minTotal))}
      />
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {AWARD_KEYS.map((award, index) => (
          <NumberField
            key={`${rule.mode}-${award}`}
            label={t(`rubric.awards.keys.${award}`)}
            value={values[index] ?? 0}
            integer={rule.mode === 'count'}
            max={rule.mode === 'count' ? 100000 : 100}
            unit={t(`rubric.awards.unit.${rule.mode}`)}
            disabled={readOnly}
            onValueChange={(v) => setValue(index, v)}
            sx={{ width: 150 }}
            testId={`rubric-award-${award}`}
          />
        ))}
        {rule.mode === 'ratio' && (
          <TextField
            select
            size="small"
            label={t('rubric.awards.rounding')}
            value={rule.rounding}
            disabled={readOnly}
            onChange={(e) => set({ ...rule, rounding: e.target.value as AwardRounding })}
            sx={{ width: 160 }}
          >
            {ROUNDINGS.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`rubric.awards.roundings.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Box>
      {rule.mode === 'ratio' && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="rubric-award-example">
          {t(rankedCount > 0 ? 'rubric.awards.exampleEntries' : 'rubric.awards.example', {
            n: example,
            first: ratioCount(example, rule.percents[0], rule.rounding),
            second: ratioCount(example, rule.percents[1], rule.rounding),
            third: ratioCount(example, rule.percents[2], rule.rounding),
          })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', mt: 1.5 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={rule.minTotal !== undefined}
              disabled={readOnly}
              onChange={(e) => {
                const { minTotal: _old, ...rest } = rule;
                set(e.target.checked ? { ...rule, minTotal: 60 } : (rest as AwardRule));
              }}
            />
          }
          label={t('rubric.awards.useMinTotal')}
        />
        {rule.minTotal !== undefined && (
          <NumberField
            label={t('rubric.awards.minTotal')}
            value={rule.minTotal}
            max={100}
            unit={t('rubric.unit.points')}
            disabled={readOnly}
            onValueChange={(minTotal) => set({ ...rule, minTotal })}
            sx={{ width: 160 }}
            testId="rubric-award-min-total"
          />
        )}
      </Box>
      <IssueList issues={issues} />
    </Paper>
  );
}

export const AwardRuleEditor = memo(
  AwardRuleEditorView,
  (a, b) => a.rule === b.rule && a.rankedCount === b.rankedCount && sameIssues(a.issues, b.issues),
);
