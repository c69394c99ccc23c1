import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatYuan } from '../../app/format';
import type { WorkspaceTable } from '../../../shared/domain';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable } from '../../app/components/VirtualTable';
import { useLanguage } from '../../app/useLanguage';
import { useLiveRecords } from '../../db/useLiveRecords';
import { loadRecordTable, type RecordRow } from './recordRows';

export interface DrillDown {
  readonly title: string;
  readonly table: WorkspaceTable;
  readonly ids: readonly string[];
  /** For a money figure: its sum in fen, shown with its unit under the list. */
  readonly totalFen?: number;
  /** A page where the user acts on these records (e.g. the talent pipeline for winners not yet in a studio). */
  readonly action?: { readonly label: string; readonly href: string };
}

/** The records behind one dashboard figure. */
export function DrillDownDialog({ drillDown, onClose }: { drillDown: DrillDown | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const table = useLiveRecords(
    (r) => (drillDown ? loadRecordTable(r, drillDown.table, drillDown.ids, t, language) : Promise.resolve(null)),
    [drillDown, t, language],
  );

  return (
    <Dialog open={drillDown !== null} onClose={onClose} fullWidth maxWidth="lg" slotProps={{ paper: { 'data-testid': 'drilldown' } as object }}>
      <DialogTitle>
        {drillDown?.title}
        <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
          (<span data-testid="drilldown-count">{drillDown?.ids.length ?? 0}</span>)
        </Typography>
      </DialogTitle>
      <DialogContent dividers>
        {!table ? (
          <PageLoading />
        ) : (
          <Box>
            <VirtualTable<RecordRow>
              label={drillDown?.title ?? ''}
              rows={table.rows}
              rowKey={(row) => row.id}
              maxHeight={520}
              testId="drilldown-table"
              onRowClick={(row) => {
                if (!row.href) return;
                onClose();
                void navigate(row.href);
              }}
              columns={table.headers.map((header, i) => ({
                key: String(i),
                header,
                width: columnWidth(header, table.rows, i),
                render: (row: RecordRow) => row.cells[i] ?? '',
              }))}
            />
            {drillDown?.totalFen !== undefined && (
              <Typography sx={{ mt: 1.5, textAlign: 'right', fontWeight: 600 }} data-testid="drilldown-total">
                {t('dashboardCharts.totalYuan', { amount: formatYuan(drillDown.totalFen, language) })}
              </Typography>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {drillDown?.action && (
          <Button
            variant="contained"
            data-testid="drilldown-action"
            onClick={() => {
              const href = drillDown.action!.href;
              onClose();
              void navigate(href);
            }}
          >
            {drillDown.action.label}
          </Button>
        )}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** A grid track sized to the column's content: long texts (names, honours) get more room than codes and dates. */
function columnWidth(header: string, rows: readonly RecordRow[], index: number): string {
  const sample = rows.slice(0, 200).map((row) => row.cells[index]?.length ?? 0);
  const longest = Math.max(header.length, ...sample);
  return `minmax(80px, ${Math.min(40, Math.max(6, longest))}fr)`;
}
