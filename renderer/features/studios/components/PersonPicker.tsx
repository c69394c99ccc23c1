/**
 * Picks people by name or employee number, asking the repository (name and employee-number indexes) as the
 * user types (debounced), so it works with tens of thousands of people.
 */
import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain';
import { useDebouncedValue } from '../../../app/useDebouncedValue';
import { useRepositories } from '../../../db/useRepositories';

const label = (p: Person) => `${p.name}（${p.employeeNo}）`;

function useSearch(typed: string): Person[] {
  const repositories = useRepositories();
  const query = useDebouncedValue(typed);
  const [options, setOptions] = useState<Person[]>([]);
  useEffect(() => {
    let live = true;
    void repositories.people.search(query).then((rows) => live && setOptions(rows));
    return () => {
      live = false;
    };
  }, [repositories, query]);
  return options;
}

export function PersonPicker({ label: fieldLabel, value, onChange, error, testId, required = false }: { label: string; value: Person | null; onChange: (person: Person | null) => void; error?: string | undefined; testId?: string; required?: boolean }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useSearch(query);
  return (
    <Autocomplete
      size="small"
      options={options}
      value={value}
      filterOptions={(o) => o}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_e, text, reason) => reason === 'input' && setQuery(text)}
      onChange={(_e, person) => onChange(person)}
      noOptionsText={t('innovation.form.noPeopleFound')}
      renderInput={(params) => <TextField {...params} label={fieldLabel} required={required} error={Boolean(error)} helperText={error} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />}
    />
  );
}

export function PeoplePicker({ label: fieldLabel, value, onChange, error, testId }: { label: string; value: readonly Person[]; onChange: (people: Person[]) => void; error?: string | undefined; testId?: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const options = useSearch(query);
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={[...value]}
      filterOptions={(o) => o}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_e, text, reason) => reason !== 'reset' && setQuery(text)}
      onChange={(_e, people) => onChange(people)}
      noOptionsText={t('innovation.form.noPeopleFound')}
      renderInput={(params) => <TextField {...params} label={fieldLabel} error={Boolean(error)} helperText={error} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />}
    />
  );
}
