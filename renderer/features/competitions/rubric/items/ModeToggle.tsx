import { ToggleButton, ToggleButtonGroup } from '@mui/material';

/** The sub-mode of an item kind (levels / points, met / bands, scored / tie-break). */
export function ModeToggle<M extends string>({
  value,
  options,
  onChange,
  disabled,
  label,
  testId,
}: {
  value: M;
  options: readonly { value: M; label: string }[];
  onChange: (value: M) => void;
  disabled: boolean;
  label: string;
  testId: string;
}) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      color="primary"
      value={value}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      onChange={(_e, next: M | null) => {
        if (next !== null && next !== value) onChange(next);
      }}
      sx={{ mb: 1 }}
    >
      {options.map((o) => (
        <ToggleButton key={o.value} value={o.value} sx={{ px: 1.5, py: 0.25, textTransform: 'none' }}>
          {o.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
