import { Box, IconButton, Tooltip, type SxProps, type Theme } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';

/** Move up, move down and remove, for one row of a list in the rubric editor (parts, modules, items, bands…). */
export function RowActions({
  index,
  count,
  onMove,
  onRemove,
  removeLabel,
  removeTestId,
  size = 'small',
  sx,
}: {
  index: number;
  count: number;
  /** -1 moves the row up, +1 down. */
  onMove: (delta: -1 | 1) => void;
  onRemove?: () => void;
  removeLabel?: string;
  removeTestId?: string;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
}) {
  const { t } = useTranslation();
  const button = (label: string, disabled: boolean, onClick: () => void, icon: React.ReactNode, testId?: string) => (
    <Tooltip title={label}>
      <span>
        <IconButton size={size} aria-label={label} disabled={disabled} onClick={onClick} data-testid={testId}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
  return (
    <Box sx={[{ display: 'flex', flexShrink: 0 }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {button(t('rubric.actions.moveUp'), index === 0, () => onMove(-1), <ArrowUpwardIcon fontSize="small" />)}
      {button(t('rubric.actions.moveDown'), index === count - 1, () => onMove(1), <ArrowDownwardIcon fontSize="small" />)}
      {onRemove && button(removeLabel ?? t('rubric.actions.remove'), false, onRemove, <DeleteOutlineIcon fontSize="small" />, removeTestId)}
    </Box>
  );
}
