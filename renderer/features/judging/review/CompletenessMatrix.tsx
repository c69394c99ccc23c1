/** Judges × modules: marks given of those expected; a cell opens the subjects still missing marks. */
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CompletenessCell } from '../../../../shared/judging';
import { subjectText } from './subjectText';
import type { ReviewData } from './useReviewData';

export function CompletenessMatrix({ data }: { data: ReviewData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CompletenessCell>();
  const cellOf = (assignmentId: string, moduleId: string) => data.completeness.find((c) => c.assignmentId === assignmentId && c.moduleId === moduleId);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="completeness-matrix">
        <TableHead>
          <TableRow>
            <TableCell>{t('chiefReview.judge')}</TableCell>
            {data.modules.map((m) => <TableCell key={m.id} align="center">{m.name}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.scorers.map((judge) => (
            <TableRow key={judge.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{data.judgeName(judge.id)}</TableCell>
              {data.modules.map((m) => {
                const cell = cellOf(judge.id, m.id);
                if (!cell) return <TableCell key={m.id} align="center" sx={{ color: 'text.disabled' }}>—</TableCell>;
                const complete = cell.done === cell.expected;
                const submitted = data.lock.isSubmitted(judge.id, m.id);
                return (
                  <TableCell key={m.id} align="center">
                    <Button
                      size="small"
                      color={complete ? 'success' : cell.done === 0 ? 'error' : 'warning'}
                      variant={submitted ? 'contained' : 'outlined'}
                      onClick={() => setOpen(cell)}
                      data-testid={`completeness-${judge.id}-${m.id}`}
                    >
                      {cell.done}/{cell.expected}
                      {submitted ? ` · ${t('chiefReview.submitted')}` : ''}
                    </Button>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {open && (
        <Dialog open onClose={() => setOpen(undefined)} maxWidth="xs" fullWidth>
          <DialogTitle>{t('chiefReview.missingFor', { judge: data.judgeName(open.assignmentId), module: data.modules.find((m) => m.id === open.moduleId)?.name ?? '' })}</DialogTitle>
          <DialogContent>
            {open.missing.length === 0 ? (
              t('chiefReview.nothingMissing')
            ) : (
              <List dense>
                {open.missing.map((m) => (
                  <ListItem key={m.subjectRef}>
                    <ListItemText primary={subjectText(m.subjectRef, t)} secondary={t('chiefReview.itemsMissing', { n: m.items })} />
                  </ListItem>
                ))}
              </List>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(undefined)}>{t('common.close')}</Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}
