/**
 * Recognising roster columns by their header, in Chinese or English, and reading the coded values
 * (skill grade, gender) the way organisers write them.
 */
import type { SkillGrade } from '../../domain';
import type { Gender, RosterField } from './types';

const HEADER_ALIASES: Record<RosterField, readonly string[]> = {
  name: ['姓名', '名字', '选手姓名', '参赛选手', '参赛选手姓名', '参赛人员', '参赛人员姓名', '职工姓名', '员工姓名',
    'name', 'full name', 'person name', 'competitor', 'competitor name', 'participant', 'participant name'],
  employeeNo: ['工号', '员工工号', '职工工号', '员工编号', '职工编号', '员工号', '人员编号', '工作证号',
    'employee no', 'employee number', 'employee id', 'staff no', 'staff number', 'staff id', 'emp no', 'employee'],
  department: ['部门', '单位', '所在部门', '所在单位', '部门单位', '参赛单位', '代表单位', '推荐单位', '所属部门', '所属单位',
    'department', 'dept', 'unit', 'organisation', 'organization'],
  trade: ['工种', '岗位', '岗位工种', '职业工种', '竞赛工种', '参赛工种', 'trade', 'occupation', 'job', 'position'],
  team: ['队伍', '团队', '队名', '代表队', '参赛队', '队伍名称', '团队名称', '参赛队伍', 'team', 'team name'],
  skillGrade: ['技能等级', '职业技能等级', '技能鉴定等级', '等级', '职业资格等级', 'skill grade', 'skill level', 'grade'],
  gender: ['性别', 'gender', 'sex'],
  coach: ['教练', '教练工号', '指导教练', '指导教师', '教练员', '指导老师', 'coach', 'coaches', 'coach no', 'coach employee no'],
};

/** Header text for comparison: NFKC, lowercase, no spaces, marks, "*" or bracketed notes such as （必填）. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s*/\\.:_\-#№]/g, '');
}

const HEADER_LOOKUP: ReadonlyMap<string, RosterField> = new Map(
  (Object.entries(HEADER_ALIASES) as [RosterField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [normaliseHeader(alias), field] as const),
  ),
);

/** The field a header names, or undefined for columns the roster does not use (序号, 备注…). */
export function rosterFieldOfHeader(header: string): RosterField | undefined {
  return HEADER_LOOKUP.get(normaliseHeader(header));
}

const SKILL_GRADE_ALIASES: Record<SkillGrade, readonly string[]> = {
  entry: ['初级工', '初级', '五级', 'entry', 'junior'],
  intermediate: ['中级工', '中级', '四级', 'intermediate'],
  senior: ['高级工', '高级', '三级', 'senior'],
  technician: ['技师', '二级', 'technician'],
  senior_technician: ['高级技师', '一级', 'senior technician'],
};

const SKILL_GRADE_LOOKUP: ReadonlyMap<string, SkillGrade> = new Map(
  (Object.entries(SKILL_GRADE_ALIASES) as [SkillGrade, readonly string[]][]).flatMap(([grade, aliases]) =>
    aliases.map((alias) => [normaliseHeader(alias), grade] as const),
  ),
);

/** Reads 高级工, 三级, "三级/高级工", senior…; undefined when not recognised. */
export function parseSkillGrade(value: string): SkillGrade | undefined {
  for (const piece of value.normalize('NFKC').split(/[/、,，()（）]/)) {
    const grade = SKILL_GRADE_LOOKUP.get(normaliseHeader(piece));
    if (grade) return grade;
  }
  return undefined;
}

/** Reads 男 / 女 / male / female / M / F; undefined when not recognised. */
export function parseGender(value: string): Gender | undefined {
  const v = normaliseHeader(value);
  if (['男', 'male', 'm'].includes(v)) return 'male';
  if (['女', 'female', 'f'].includes(v)) return 'female';
  return undefined;
}
