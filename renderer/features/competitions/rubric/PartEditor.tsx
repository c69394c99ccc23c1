/**
 * One part of the rubric (理论 / 实操 …): name, weight, whether it is the practical part (preferred by the
 * default tie-break), its maximum as the sum of its modules, and the modules themselves.
 */
import { memo, useMemo, useState } from 'react';
import { Box, Button, Card, CardContent, Chip, FormControlLabel, Switch, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { partMax } from '../../../../shared/competitions/rubric/rubricMax';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import type { Part } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { ConfirmDialog } from './ConfirmDialog';
import { IssueList } from './IssueList';
import { groupIssues, NO_ISSUES, ownIssues, sameIssues, targetElementId } from './issueIndex';
import { ModuleEditor } from './ModuleEditor';
import { NumberField } from './NumberField';
import { formatHundredths } from './points';
import { useRubricEdit } from './rubricEditContext';
import { addModule, createModule, editPart, movePart, removePart } from './rubricEdits';
import { RowActions } from './RowActions';

interface PartEditorProps {
  readonly part: Part;
  readonly index: number;
  readonly count: number;
  /** Every issue inside this part. */
  readonly issues: readonly RubricIssue[];
}

function PartEditorView({ part, index, count, issues }: PartEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { readOnly, update } = useRubricEdit();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const change = (next: Part) => update(editPart(part.id, () => next));
  const own = ownIssues(issues, `part:${part.id}`);
  const byModule = useMemo(() => groupIssues(issues, (p) => p.moduleId), [issues]);
  const remove = () => update(removePart(part.id));

  return (
    <Card id={targetElementId(`part:${part.id}`)} data-testid="rubric-part" sx={{ borderColor: own.length > 0 ? 'warning.main' : 'divider' }}>
      <CardContent>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            label={t('rubric.part.name')}
            value={part.name}
            disabled={readOnly}
            error={own.some((i) => i.code === 'part_name_missing' || i.code === 'duplicate_part_name')}
            onChange={(e) => change({ ...part, name: e.target.value })}
            size="small"
            sx={{ flex: '1 1 200px', '& input': { fontWeight: 600 } }}
            slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'rubric-part-name' } }}
          />
          <NumberField
            label={t('rubric.part.weight')}
            value={part.weightPercent}
            integer
            max={100}
            unit="%"
            disabled={readOnly}
            problem={own.some((i) => i.code === 'part_weight_invalid') ? ' ' : undefined}
            onValueChange={(weightPercent) => change({ ...part, weightPercent })}
            sx={{ width: 120 }}
            testId="rubric-part-weight"
          />
          <FormControlLabel
            control={<Switch checked={part.practical} disabled={readOnly} onChange={(e) => change({ ...part, practical: e.target.checked })} />}
            label={t('rubric.part.practical')}
            sx={{ mt: 0.5 }}
          />
          <Chip
            sx={{ mt: 0.75 }}
            variant="outlined"
            data-testid="rubric-part-max"
            label={t('rubric.part.max', { max: formatHundredths(partMax(part), language), count: part.modules.length })}
          />
          {!readOnly && (
            <RowActions
              sx={{ ml: 'auto' }}
              size="medium"
              index={index}
              count={count}
              onMove={(delta) => update(movePart(part.id, delta))}
              onRemove={() => (part.modules.length > 0 ? setConfirmRemove(true) : remove())}
              removeLabel={t('rubric.part.remove')}
              removeTestId="rubric-remove-part"
            />
          )}
        </Box>
        <IssueList issues={own} />
        <Box sx={{ display: 'grid', gap: 1.5, mt: 2 }}>
          {part.modules.map((module, i) => (
            <ModuleEditor key={module.id} partId={part.id} module={module} index={i} count={part.modules.length} issues={byModule.get(module.id) ?? NO_ISSUES} />
          ))}
        </Box>
        {!readOnly && (
          <Button
            startIcon={<AddIcon />}
            sx={{ mt: 1.5 }}
            data-testid="rubric-add-module"
            onClick={() => update(addModule(part.id, createModule(t('rubric.defaults.module', { n: part.modules.length + 1 }))))}
          >
            {t('rubric.module.add')}
          </Button>
        )}
      </CardContent>
      <ConfirmDialog
        open={confirmRemove}
        title={t('rubric.part.removeTitle', { name: part.name })}
        body={t('rubric.part.removeBody', { count: part.modules.length })}
        confirmLabel={t('rubric.actions.remove')}
        danger
        onConfirm={remove}
        onClose={() => setConfirmRemove(false)}
      />
    </Card>
  );
}

export const PartEditor = memo(
  PartEditorView,
  (a, b) => a.part === b.part && a.index === b.index && a.count === b.count && sameIssues(a.issues, b.issues),
);
