/** Picks an existing department from the tree; each option shows its place in the tree, searchable by path or code. */
import { Autocomplete, Box, TextField, createFilterOptions } from '@mui/material';
import type { DepartmentOption } from './departmentTree';

const filter = createFilterOptions<DepartmentOption>({ stringify: (o) => `${o.path} ${o.code ?? ''}` });

export function DepartmentPicker({
  options,
  value,
  onChange,
  label,
  error,
  helperText,
  testId,
}: {
  options: readonly DepartmentOption[];
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  error?: boolean;
  helperText?: string | undefined;
  testId?: string;
}) {
  const selected = options.find((o) => o.id === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      onChange={(_e, option) => onChange(option?.id ?? null)}
      getOptionLabel={(o) => o.path}
      filterOptions={filter}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderOption={({ key, ...props }, option, state) => {
        // While searching, parents may be filtered out: show the whole path so 乘务中心 of two units differ.
        const searching = state.inputValue.trim() !== '' && state.inputValue !== selected?.path;
        return (
          <Box component="li" key={key} {...props} sx={{ pl: `${1.5 + (searching ? 0 : option.depth * 2)}ch !important` }}>
            <Box component="span" sx={{ fontWeight: option.depth === 0 ? 600 : 400 }}>
              {searching ? option.path : option.name}
            </Box>
            {option.code && (
              <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontSize: 12 }}>
                {option.code}
              </Box>
            )}
          </Box>
        );
      }}
      renderInput={(params) => <TextField {...params} label={label} error={error} helperText={helperText} required />}
      data-testid={testId}
    />
  );
}
