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
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** A message in plain language shown under the field. */
  error?: string | undefined;
  testId?: string;
  fullWidth?: boolean;
}) {
  return (
    <DatePicker
      label={label}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange(date && date.isValid() ? date.format('YYYY-MM-DD') : '')}
      slotProps={{
        textField: { size: 'small', required, fullWidth, error: Boolean(error), helperText: error, ...(testId ? { 'data-testid': testId } : {}) },
      }}
    />
  );
}
