/**
 * On the review board: paper score sheets (纸质评分表录入) — judges who scored on the printed sheets, typed in by
 * one person and confirmed by another. Each row opens its sheet; a new sheet can be started while the
 * competition is in scoring or review.
 */
import { useState } from 'react';
import { Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Competition } from '../../../../shared/domain';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { NewPaperSheetDialog } from './NewPaperSheetDialog';
import { PaperStatusChip } from './PaperStatusChip';

const OPEN_STATUSES = new Set(['scoring', 'review']);

export function PaperSheetsCard({ competition, judgeName, signedOff }: { competition: Competition; judgeName: (assignmentId: string) => string; signedOff: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const sheets = useLiveRecords((r) => r.paperSheets.sheetsOf(competition.id), [competition.id]);
  const canStart = OPEN_STATUSES.has(competition.status) && !signedOff;
  if (!sheets || (!canStart && sheets.length === 0)) return null;
  const modules = new Map(competition.rubric.parts.flatMap((p) => p.modules).map((m) => [m.id, m.name]));
  const ordered = [...sheets].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  const pathOf = (sheetId: string) => `/competitions/${competition.id}/paper/${sheetId}`;

  return (
    <Card variant="outlined" data-testid="paper-sheets-card">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="h6" component="h2">{t('paperSheets.title')}</Typography>
            <Typography variant="body2" color="text.secondary">{t('paperSheets.intro')}</Typography>
          </Box>
          {canStart && (
            <Button variant="outlined" startIcon={<NoteAddIcon />} onClick={() => setStarting(true)} data-testid="paper-new">
              {t('paperSheets.new')}
            </Button>
          )}
        </Box>
        {sheets.length === 0 ? (
          <Typography variant="body2" color="text.secondary">{t('paperSheets.none')}</Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="paper-sheets">
              <TableHead>
                <TableRow>
                  <TableCell>{t('paperSheets.columns.judge')}</TableCell>
                  <TableCell>{t('paperSheets.columns.module')}</TableCell>
                  <TableCell>{t('paperSheets.columns.enteredBy')}</TableCell>
                  <TableCell align="right">{t('paperSheets.columns.values')}</TableCell>
                  <TableCell>{t('paperSheets.columns.status')}</TableCell>
                  <TableCell>{t('paperSheets.columns.updated')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {ordered.map((sheet) => (
                  <TableRow key={sheet.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(pathOf(sheet.id))} data-testid="paper-sheet-row">
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Box component={RouterLink} to={pathOf(sheet.id)} sx={{ color: 'primary.main' }} onClick={(e) => e.stopPropagation()}>
                        {judgeName(sheet.assignmentId)}
                      </Box>
                    </TableCell>
                    <TableCell>{modules.get(sheet.moduleId) ?? sheet.moduleId}</TableCell>
                    <TableCell>{sheet.confirmedBy ? `${sheet.enteredBy} → ${sheet.confirmedBy}` : sheet.enteredBy}</TableCell>
                    <TableCell align="right">{sheet.cells.length}</TableCell>
                    <TableCell><PaperStatusChip status={sheet.status} /></TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(sheet.updatedAt).toLocaleString()}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
      {starting && <NewPaperSheetDialog competition={competition} judgeName={judgeName} onClose={() => setStarting(false)} onStarted={(id) => navigate(pathOf(id))} />}
    </Card>
  );
}
