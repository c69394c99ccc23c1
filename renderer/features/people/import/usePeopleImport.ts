/**
 * People import from xlsx/csv with the roster import's behaviour and code: the same reader and row checks
 * (shared/competitions/roster/parseRosterFile, with no competition: no entries, no teams), the same preview
 * dialog, and the same re-check of the same bytes at confirmation. Known employee numbers are matched to the
 * stored person and left unchanged; new people are written in one transaction.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterContext, RosterPreview, RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import type { Person } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import type { Draft } from '../../../db/repositories/recordMeta';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform, type PickedFile } from '../../../platform';
import type { ImportDone, ImportProblem, ImportStep } from '../../competitions/roster/useRosterImport';

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
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);

  const check = async (file: PickedFile): Promise<RosterPreview> => {
    const [{ parseRosterFile }, departments, people] = await Promise.all([
      import('../../../../shared/competitions/roster/parseRosterFile'),
      repositories.people.departments.list(),
      repositories.people.list(),
    ]);
    const context: RosterContext = { departments, people, entries: [], teamBased: false, defaultTrade: '' };
    return parseRosterFile(file.bytes, file.name, context);
  };

  const pick = async () => {
    setProblem(null);
    setDone(null);
    let file: PickedFile | undefined;
    try {
      file = (await getPlatform().openFiles({ title: t('innovation.people.importTitle'), filters: [{ name: t('roster.import.filterName'), extensions: ['xlsx', 'csv'] }] }))?.[0];
    } catch (error) {
      setProblem({ kind: 'open', error });
      return;
    }
    if (!file) return;
    setState({ step: 'reading', fileName: file.name });
    try {
      const preview = await check(file);
      if (preview.ok) setState({ step: 'preview', file, preview, refreshed: false });
      else {
        setState({ step: 'idle' });
        setProblem({ kind: 'file', fileName: file.name, error: preview.error });
      }
    } catch (error) {
      setState({ step: 'idle' });
      setProblem({ kind: 'open', error });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { file, preview } = state;
    setState({ step: 'writing', file, preview, refreshed: false });
    try {
      const again = await check(file);
      if (!again.ok) {
        setState({ step: 'idle' });
        setProblem({ kind: 'file', fileName: file.name, error: again.error });
        return;
      }
      if (signature(again) !== signature(preview)) {
        setState({ step: 'preview', file, preview: again, refreshed: true });
        return;
      }
      const newPeople = newPeopleOf(again, newId);
      await repositories.people.importPeople({ newDepartments: [], newPeople, updatedPeople: [] });
      setDone({ fileName: file.name, entries: again.counts.ok, newPeople: newPeople.length, skippedRows: again.counts.error });
      setState({ step: 'idle' });
    } catch (error) {
      setState({ step: 'preview', file, preview, refreshed: false, writeError: error instanceof Error ? error.message : String(error) });
    }
  };

  return { state, problem, done, pick, confirm, cancel: () => setState({ step: 'idle' }), dismissProblem: () => setProblem(null), dismissDone: () => setDone(null) };
}
