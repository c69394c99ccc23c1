/**
 * The article's authors: the people picker that asks the name and employee-number indexes as the user types;
 * the authors already chosen are read by id.
 */
import { useState } from 'react';
import type { Person } from '../../../shared/domain';
import { useLiveRecords } from '../../db/useLiveRecords';
import { PeoplePicker } from '../studios/components/PersonPicker';

export function AuthorsPicker({ label, value, onChange }: { label: string; value: readonly string[]; onChange: (ids: string[]) => void }) {
  const stored = useLiveRecords((r) => r.people.byIds(value), [value.join(',')]);
  // People just picked are known at once, before the lookup by id answers.
  const [picked, setPicked] = useState<ReadonlyMap<string, Person>>(new Map());
  const byId = new Map([...(stored ?? []).map((p) => [p.id, p] as const), ...picked]);
  const people = value.flatMap((id) => byId.get(id) ?? []);
  return (
    <PeoplePicker
      label={label}
      value={people}
      testId="article-authors"
      onChange={(chosen) => {
        setPicked(new Map(chosen.map((p) => [p.id, p])));
        onChange(chosen.map((p) => p.id));
      }}
    />
  );
}
