/**
 * One item of a module: name, kind, maximum and guidance, then the editor of its kind, then its problems.
 * Memoised: typing in one item re-renders that item only.
 */
import { memo, type ReactNode } from 'react';
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import { ITEM_KINDS, type Item, type ItemKind } from '../../../../shared/domain';
import { IssueList } from './IssueList';
import { ownIssues, sameIssues, targetElementId } from './issueIndex';
import { DeductionEditor } from './items/DeductionEditor';
import { ImportedEditor } from './items/ImportedEditor';
import { JudgementEditor } from './items/JudgementEditor';
import { MeasurementEditor } from './items/MeasurementEditor';
import { TimeEditor } from './items/TimeEditor';
import { NumberField } from './NumberField';
import { useRubricEdit } from './rubricEditContext';
import { changeItemKind, editItem, moveItem, removeItem } from './rubricEdits';
import { RowActions } from './RowActions';

interface ItemEditorProps {
  readonly partId: string;
  readonly moduleId: string;
  readonly item: Item;
  readonly index: number;
  readonly count: number;
  /** Every issue inside this item (the item's own, its bands' and its faults'). */
  readonly issues: readonly RubricIssue[];
}

function kindEditor(item: Item, onChange: (next: Item) => void, issues: readonly RubricIssue[], readOnly: boolean): ReactNode {
  switch (item.kind) {
    case 'judgement':
      return <JudgementEditor item={item} onChange={onChange} issues={issues} readOnly={readOnly} />;
    case 'measurement':
      return <MeasurementEditor item={item} onChange={onChange} issues={issues} readOnly={readOnly} />;
    case 'deduction':
      return <DeductionEditor item={item} onChange={onChange} issues={issues} readOnly={readOnly} />;
    case 'time':
      return <TimeEditor item={item} onChange={onChange} issues={issues} readOnly={readOnly} />;
    case 'imported':
      return <ImportedEditor item={item} onChange={onChange} issues={issues} readOnly={readOnly} />;
  }
}

function ItemEditorView({ partId, moduleId, item, index, count, issues }: ItemEditorProps) {
  const { t } = useTranslation();
  const { readOnly, update } = useRubricEdit();
  const change = (next: Item) => update(editItem(partId, moduleId, item.id, () => next));
  const own = ownIssues(issues, `item:${item.id}`);
  const isTiebreakTime = item.kind === 'time' && item.mode === 'tiebreak';
  const maxProblem = own.find((i) => i.code === 'item_max_invalid' || i.code === 'item_max_zero' || i.code === 'tiebreak_time_has_points');

  return (
    <Box
      id={targetElementId(`item:${item.id}`)}
      data-testid="rubric-item"
      sx={{ borderLeft: 3, borderColor: issues.length > 0 ? 'warning.main' : 'divider', pl: 1.5, py: 1 }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ minWidth: 24, pt: 1 }}>
          {index + 1}.
        </Typography>
        <TextField
          size="small"
          label={t('rubric.item.name')}
          value={item.name}
          disabled={readOnly}
          error={own.some((i) => i.code === 'item_name_missing' || i.code === 'duplicate_item_name')}
          onChange={(e) => change({ ...item, name: e.target.value })}
          sx={{ flex: '1 1 240px' }}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'rubric-item-name' } }}
        />
        <TextField
          select
          size="small"
          label={t('rubric.item.kind')}
          value={item.kind}
          disabled={readOnly}
          onChange={(e) => change(changeItemKind(item, e.target.value as ItemKind))}
          sx={{ width: 180 }}
          slotProps={{ htmlInput: { 'data-testid': 'rubric-item-kind' } }}
        >
          {ITEM_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`rubric.kinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <NumberField
          label={t('rubric.item.max')}
          value={item.max}
          unit={t('rubric.unit.points')}
          disabled={readOnly || isTiebreakTime}
          problem={maxProblem ? ' ' : undefined}
          onValueChange={(max) => change({ ...item, max })}
          sx={{ width: 120 }}
          testId="rubric-item-max"
        />
        {!readOnly && (
          <RowActions
            index={index}
            count={count}
            onMove={(delta) => update(moveItem(partId, moduleId, item.id, delta))}
            onRemove={() => update(removeItem(partId, moduleId, item.id))}
            removeLabel={t('rubric.item.remove')}
            removeTestId="rubric-remove-item"
          />
        )}
      </Box>
      <Box sx={{ pl: 4, pt: 1, display: 'grid', gap: 1 }}>
        <TextField
          size="small"
          fullWidth
          multiline
          maxRows={4}
          label={t('rubric.item.description')}
          value={item.description ?? ''}
          disabled={readOnly}
          onChange={(e) => {
            const { description: _old, ...rest } = item;
            change(e.target.value === '' ? (rest as Item) : { ...item, description: e.target.value });
          }}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
        {kindEditor(item, change, issues, readOnly)}
        <IssueList issues={own} />
      </Box>
    </Box>
  );
}

export const ItemEditor = memo(
  ItemEditorView,
  (a, b) =>
    a.item === b.item &&
    a.partId === b.partId &&
    a.moduleId === b.moduleId &&
    a.index === b.index &&
    a.count === b.count &&
    sameIssues(a.issues, b.issues),
);
