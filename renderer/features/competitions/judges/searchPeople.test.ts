import { describe, expect, it } from 'vitest';
import { searchPeople, type PersonChoice } from './searchPeople';

const choices: PersonChoice[] = [
  { id: '1', name: '张卫东', employeeNo: 'YY10231', department: '运营一分公司 / 乘务中心 / 乘务一车间' },
  { id: '2', name: '李晓梅', employeeNo: 'YY10232', department: '运营一分公司 / 乘务中心' },
  { id: '3', name: '王建国', employeeNo: 'YY20417', department: '运营二分公司 / 乘务中心' },
  { id: '4', name: '赵红霞', employeeNo: 'TH30088', department: '通号分公司 / 信号车间' },
  { id: '5', name: '张红', employeeNo: 'TH30001', department: '通号分公司' },
];
const ids = (found: PersonChoice[]) => found.map((c) => c.id);

describe('searchPeople', () => {
  it('finds by part of the name, the employee number (any case) or the department', () => {
    expect(ids(searchPeople(choices, '红'))).toEqual(['4', '5']);
    expect(ids(searchPeople(choices, 'th3000'))).toEqual(['5']);
    expect(ids(searchPeople(choices, '信号车间'))).toEqual(['4']);
  });

  it('needs every word to match, so a name can be narrowed down by department', () => {
    expect(ids(searchPeople(choices, '乘务中心 运营二'))).toEqual(['3']);
    expect(ids(searchPeople(choices, '张 通号'))).toEqual(['5']);
  });

  it('puts exact matches, then names and numbers starting with the query, before other matches', () => {
    expect(ids(searchPeople(choices, '张红'))).toEqual(['5']);
    expect(ids(searchPeople(choices, '张'))).toEqual(['1', '5']);
    expect(ids(searchPeople([{ id: 'x', name: '李张', employeeNo: 'A1', department: '' }, ...choices], '张'))).toEqual(['1', '5', 'x']);
  });

  it('lists the first ones when nothing is typed, and caps the results', () => {
    expect(ids(searchPeople(choices, '  ', 3))).toEqual(['1', '2', '3']);
    expect(searchPeople(choices, 'YY', 2)).toHaveLength(2);
  });
});
