/**
 * An editable list of "label + points" rows: the bands of a measurement item and the faults of a deduction item.
 * Each row shows its own problems (band:<id> / fault:<id>) right under it.
 */
import { Box, Button, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '../../../../../shared/competitions/rubric/validateRubric';
import { newId } from '../../../../db/repositories';
import { IssueList } from '../IssueList';
import { ownIssues, targetElementId } from '../issueIndex';
import { NumberField } from '../NumberField';
import { moveById } from '../rubricEdits';
import { RowActions } from '../RowActions';

export interface LabelledPoints {
  readonly id: string;
  readonly label: string;
  readonly points: number;
}

export function LabelledPointsList<T extends LabelledPoints>({
  entries,
  onChange,
  issues,
  target,
  readOnly,
  labelLabel,
  pointsLabel,
  addLabel,
  minPoints = 0,
  newPoints,
}: {
  entries: readonly T[];
  onChange: (entries: T[]) => void;
  issues: readonly RubricIssue[];
  /** Which issue target each row is: "band" or "fault". */
  target: 'band' | 'fault';
  readOnly: boolean;
  labelLabel: string;
  pointsLabel: string;
  addLabel: string;
  minPoints?: number;
  /** Points of a newly added row. */
  newPoints: number;
}) {
  const { t } = useTranslation();
  const set = (id: string, patch: Partial<LabelledPoints>) => onChange(entries.map((e) => (e.id === id ? { ...e, ...patch } : e)));

  return (
    <Box data-testid={`rubric-${target}-list`}>
      {entries.map((entry, index) => {
        const rowIssues = ownIssues(issues, `${target}:${entry.id}`);
        return (
          <Box key={entry.id} id={targetElementId(`${target}:${entry.id}`)} data-testid={`rubric-${target}`} sx={{ mb: 1 }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
              <TextField
                size="small"
                label={labelLabel}
                value={entry.label}
                onChange={(e) => set(entry.id, { label: e.target.value })}
                disabled={readOnly}
                error={rowIssues.some((i) => i.code.endsWith('label_missing') || i.code.startsWith('duplicate'))}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { maxLength: 200, 'data-testid': `rubric-${target}-label` } }}
              />
              <NumberField
                label={pointsLabel}
                value={entry.points}
                onValueChange={(points) => set(entry.id, { points })}
                min={minPoints}
                unit={t('rubric.unit.points')}
                disabled={readOnly}
                sx={{ width: 150 }}
                testId={`rubric-${target}-points`}
              />
              {!readOnly && (
                <RowActions
                  index={index}
                  count={entries.length}
                  onMove={(delta) => onChange(moveById(entries, entry.id, delta))}
                  onRemove={() => onChange(entries.filter((e) => e.id !== entry.id))}
                />
              )}
            </Box>
            <IssueList issues={rowIssues} dense />
          </Box>
        );
      })}
      {!readOnly && (
        <Button
          size="small"
          startIcon={<AddIcon />}
          data-testid={`rubric-add-${target}`}
          onClick={() => onChange([...entries, { id: newId(), label: '', points: newPoints } as T])}
        >
          {addLabel}
        </Button>
      )}
    </Box>
  );
}
