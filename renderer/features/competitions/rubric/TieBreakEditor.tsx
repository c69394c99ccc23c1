/**
 * The tie-break chain (DESIGN §3.6): equal totals are compared rule by rule; entrants still tied share a rank.
 * The default chain is "practical part score higher, then total time shorter".
 */
import { memo, useMemo } from 'react';
import { Box, Button, MenuItem, Paper, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import type { Rubric, TieBreakRule } from '../../../../shared/domain';
import { IssueList } from './IssueList';
import { groupIssues, sameIssues, targetElementId } from './issueIndex';
import { useRubricEdit } from './rubricEditContext';
import { RowActions } from './RowActions';

type RuleKind = TieBreakRule['kind'];
const RULE_KINDS: readonly RuleKind[] = ['part_score', 'module_score', 'total_time'];

function hasTimeItem(rubric: Rubric): boolean {
  return rubric.parts.some((p) => p.modules.some((m) => m.items.some((i) => i.kind === 'time')));
}

/** DESIGN §3.6's default: the practical part's score, then the total time (when the rubric times anything). */
export function defaultTieBreak(rubric: Rubric): TieBreakRule[] {
  const practical = rubric.parts.find((p) => p.practical);
  const chain: TieBreakRule[] = [];
  if (practical) chain.push({ kind: 'part_score', partId: practical.id });
  if (hasTimeItem(rubric)) chain.push({ kind: 'total_time' });
  return chain;
}

function ruleOfKind(kind: RuleKind, rubric: Rubric): TieBreakRule {
  if (kind === 'total_time') return { kind };
  if (kind === 'part_score') return { kind, partId: (rubric.parts.find((p) => p.practical) ?? rubric.parts[0])?.id ?? '' };
  return { kind, moduleId: rubric.parts.flatMap((p) => p.modules)[0]?.id ?? '' };
}

interface TieBreakEditorProps {
  readonly rubric: Rubric;
  /** The issues of the tie-break rules. */
  readonly issues: readonly RubricIssue[];
}

function TieBreakEditorView({ rubric, issues }: TieBreakEditorProps) {
  const byRule = useMemo(() => groupIssues(issues, (p) => (p.tieBreakIndex === undefined ? undefined : String(p.tieBreakIndex))), [issues]);
  const { t } = useTranslation();
  const { readOnly, update } = useRubricEdit();
  const setChain = (edit: (chain: TieBreakRule[]) => TieBreakRule[]) => update((r) => ({ ...r, tieBreak: edit([...r.tieBreak]) }));
  const modules = rubric.parts.flatMap((p) => p.modules.map((m) => ({ id: m.id, label: `${p.name} · ${m.name}` })));
  const deleted = t('rubric.tieBreak.deletedTarget');

  return (
    <Paper variant="outlined" sx={{ p: 2 }} id={targetElementId('tieBreak')} data-testid="rubric-tiebreak">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('rubric.tieBreak.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {rubric.tieBreak.length === 0 ? t('rubric.tieBreak.emptyHelp') : t('rubric.tieBreak.help')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1 }}>
        {rubric.tieBreak.map((rule, index) => {
          const own = byRule.get(String(index)) ?? [];
          const target =
            rule.kind === 'part_score'
              ? { value: rule.partId, options: rubric.parts.map((p) => ({ id: p.id, label: p.name })) }
              : rule.kind === 'module_score'
                ? { value: rule.moduleId, options: modules }
                : undefined;
          return (
            <Box key={index} id={targetElementId(`tieBreak:${index}`)} data-testid="rubric-tiebreak-rule">
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ minWidth: 24 }}>
                  {index + 1}.
                </Typography>
                <TextField
                  select
                  size="small"
                  label={t('rubric.tieBreak.kind')}
                  value={rule.kind}
                  disabled={readOnly}
                  onChange={(e) => setChain((c) => c.map((r, i) => (i === index ? ruleOfKind(e.target.value as RuleKind, rubric) : r)))}
                  sx={{ width: 220 }}
                >
                  {RULE_KINDS.map((k) => (
                    <MenuItem key={k} value={k}>
                      {t(`rubric.tieBreak.kinds.${k}`)}
                    </MenuItem>
                  ))}
                </TextField>
                {target && (
                  <TextField
                    select
                    size="small"
                    label={rule.kind === 'part_score' ? t('rubric.tieBreak.part') : t('rubric.tieBreak.module')}
                    value={target.value}
                    disabled={readOnly}
                    error={own.length > 0}
                    onChange={(e) =>
                      setChain((c) =>
                        c.map((r, i) =>
                          i !== index ? r : r.kind === 'part_score' ? { ...r, partId: e.target.value } : r.kind === 'module_score' ? { ...r, moduleId: e.target.value } : r,
                        ),
                      )
                    }
                    sx={{ minWidth: 240, flex: '0 1 360px' }}
                  >
                    {target.options.map((o) => (
                      <MenuItem key={o.id} value={o.id}>
                        {o.label || '—'}
                      </MenuItem>
                    ))}
                    {!target.options.some((o) => o.id === target.value) && <MenuItem value={target.value}>{deleted}</MenuItem>}
                  </TextField>
                )}
                {!readOnly && (
                  <RowActions
                    index={index}
                    count={rubric.tieBreak.length}
                    onMove={(delta) => setChain((c) => swap(c, index, index + delta))}
                    onRemove={() => setChain((c) => c.filter((_r, i) => i !== index))}
                  />
                )}
              </Box>
              <IssueList issues={own} dense />
            </Box>
          );
        })}
      </Box>
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
          <Button size="small" startIcon={<AddIcon />} data-testid="rubric-add-tiebreak" onClick={() => setChain((c) => [...c, ruleOfKind(hasTimeItem(rubric) ? 'total_time' : 'part_score', rubric)])}>
            {t('rubric.tieBreak.add')}
          </Button>
          <Button size="small" data-testid="rubric-default-tiebreak" onClick={() => setChain(() => defaultTieBreak(rubric))}>
            {t('rubric.tieBreak.useDefault')}
          </Button>
        </Box>
      )}
    </Paper>
  );
}

/** What the editor shows and offers of the rubric: the chain, the parts and modules to point at, whether anything is timed. */
function targetsKey(rubric: Rubric): string {
  return JSON.stringify([rubric.parts.map((p) => [p.id, p.name, p.practical, p.modules.map((m) => [m.id, m.name])]), hasTimeItem(rubric)]);
}

// The editor's callbacks read `rubric` only through what targetsKey covers, so skipping a render is safe.
export const TieBreakEditor = memo(
  TieBreakEditorView,
  (a, b) => a.rubric.tieBreak === b.rubric.tieBreak && sameIssues(a.issues, b.issues) && targetsKey(a.rubric) === targetsKey(b.rubric),
);

function swap<T>(list: T[], a: number, b: number): T[] {
  if (b < 0 || b >= list.length) return list;
  const next = [...list];
  [next[a], next[b]] = [next[b]!, next[a]!];
  return next;
}
