/**
 * People import from xlsx/csv with the roster import's flow (useCheckedImport): the same reader and row checks
 * (shared/competitions/roster/parseRosterFile, with no competition: no entries, no teams), the same preview
 * dialog, and the same re-check of the same bytes at confirmation. Known employee numbers are matched to the
 * stored person and left unchanged; new people are written in one transaction.
 */
import { useTranslation } from 'react-i18next';
import type { RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import type { Person } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import type { Draft } from '../../../db/repositories/recordMeta';
import { useRepositories } from '../../../db/useRepositories';
import { useCheckedImport } from '../../competitions/roster/useCheckedImport';

/** The people a checked preview creates: ok rows whose employee number is new. */
export function newPeopleOf(preview: Pick<RosterPreviewOk, 'rows'>, makeId: () => string): Draft<Person>[] {
  return preview.rows.flatMap((row) => {
    const person = row.person;
    if (row.status !== 'ok' || person?.kind !== 'new') return [];
    return [{ id: makeId(), name: person.name, employeeNo: person.employeeNo, departmentId: person.departmentId, trade: person.trade, ...(person.skillGrade ? { skillGrade: person.skillGrade } : {}), ...(person.gender ? { gender: person.gender } : {}), honours: [] }];
  });
}

const signature = (preview: RosterPreviewOk) => JSON.stringify(preview.rows.map((r) => [r.row, r.status, r.issues.map((i) => i.code), r.person]));

export function usePeopleImport() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  return useCheckedImport({
    pickTitle: t('innovation.people.importTitle'),
    context: async () => {
      const [departments, people] = await Promise.all([repositories.people.departments.list(), repositories.people.list()]);
      return { departments, people, entries: [], teamBased: false, defaultTrade: '' };
    },
    signature,
    write: async (preview, fileName) => {
      const newPeople = newPeopleOf(preview, newId);
      await repositories.people.importPeople({ newDepartments: [], newPeople, updatedPeople: [] });
      return { fileName, entries: preview.counts.ok, newPeople: newPeople.length, skippedRows: preview.counts.error };
    },
  });
}
