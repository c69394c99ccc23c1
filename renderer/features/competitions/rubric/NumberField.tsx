/**
 * A number typed as text: "12." or "" can be on screen while the rubric keeps its last good number. Input the
 * rubric cannot hold (letters, a third decimal, out of range) is shown as an error on the field and never
 * reaches the draft; leaving the field puts the last good number back.
 */
import { useState } from 'react';
import { InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';

type Problem = 'notNumber' | 'tooManyDecimals' | 'notInteger' | 'belowMin' | 'aboveMax';

export interface NumberFieldProps extends Omit<TextFieldProps, 'value' | 'onChange' | 'type' | 'error'> {
  readonly value: number;
  readonly onValueChange: (value: number) => void;
  readonly integer?: boolean;
  /** Most decimals allowed when not an integer (default 2: points). */
  readonly decimals?: number;
  readonly min?: number;
  readonly max?: number;
  /** Shown after the number, e.g. "%" or "分". */
  readonly unit?: string;
  /** Extra problem found by the caller (e.g. from validation), shown as an error. */
  readonly problem?: string;
  readonly testId?: string;
}

function parse(text: string): number | undefined {
  const t = text.normalize('NFKC').trim();
  return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : undefined;
}

function show(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export function NumberField({
  value,
  onValueChange,
  integer = false,
  decimals = 2,
  min = 0,
  max = 100000,
  unit,
  problem,
  testId,
  helperText,
  slotProps,
  onBlur,
  ...rest
}: NumberFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => show(value));
  const [seen, setSeen] = useState(value);
  // The value changed from outside (undo, template, quick fix): show it unless the text already means it.
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (parse(text) !== value) setText(show(value));
  }

  const check = (n: number | undefined): Problem | undefined => {
    if (n === undefined) return 'notNumber';
    if (integer && !Number.isInteger(n)) return 'notInteger';
    if (!integer && Math.abs(n * 10 ** decimals - Math.round(n * 10 ** decimals)) > 1e-6) return 'tooManyDecimals';
    if (n < min) return 'belowMin';
    if (n > max) return 'aboveMax';
    return undefined;
  };
  const local = check(parse(text));
  const message = local ? t(`rubric.number.${local}`, { min, max, decimals }) : problem;

  return (
    <TextField
      size="small"
      {...rest}
      value={text}
      error={Boolean(message)}
      helperText={message ?? helperText}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const n = parse(next);
        if (check(n) === undefined && n !== value) {
          setSeen(n!);
          onValueChange(n!);
        }
      }}
      onBlur={(event) => {
        if (local) setText(show(value));
        onBlur?.(event);
      }}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: integer ? 'numeric' : 'decimal', 'data-testid': testId, ...(slotProps?.htmlInput as object) },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment>, ...(slotProps?.input as object) } : slotProps?.input,
      }}
    />
  );
}
