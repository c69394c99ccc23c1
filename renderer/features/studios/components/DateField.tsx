/** A locale-aware MUI X date picker over an ISO date string (YYYY-MM-DD); '' when empty. */
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';

export function DateField({
  label,
  value,
  onChange,
  required = false,
  error,
  testId,
  fullWidth = true,
  disabled = false,
  size = 'small',
  width,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** A message in plain language shown under the field. */
  error?: string | undefined;
  testId?: string;
  fullWidth?: boolean;
  disabled?: boolean;
  size?: 'small' | 'medium';
  /** A fixed width (then not full width). */
  width?: number;
}) {
  return (
    <DatePicker
      label={label}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange(date && date.isValid() ? date.format('YYYY-MM-DD') : '')}
      disabled={disabled}
      slotProps={{
        textField: {
          size,
          required,
          fullWidth: fullWidth && width === undefined,
          error: Boolean(error),
          helperText: error,
          ...(width !== undefined ? { sx: { width } } : {}),
          ...(testId ? { 'data-testid': testId } : {}),
        },
      }}
    />
  );
}
