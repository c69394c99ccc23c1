import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PaperSheetStatus } from '../../../../shared/judging';

const COLORS = { entering: 'default', awaiting_confirmation: 'info', returned: 'warning', confirmed: 'success' } as const;

export function PaperStatusChip({ status }: { status: PaperSheetStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLORS[status]} label={t(`paperSheets.status.${status}`)} data-testid="paper-sheet-status" data-status={status} />;
}
