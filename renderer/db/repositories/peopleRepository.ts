import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** People and the department tree. */
export function createPeopleRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.people),
    departments: createRecordStore(db.departments),
    byEmployeeNo: (employeeNo: string) => db.people.where('employeeNo').equals(employeeNo).first(),
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
