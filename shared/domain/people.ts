/** People and the department tree (DESIGN §2, "People and organisation"). */
import { z } from 'zod';
import { idSchema, isoDateSchema, levelSchema, recordMetaSchema, yearSchema } from './common';

export const departmentSchema = recordMetaSchema.extend({
  name: z.string().min(1).max(100),
  /** Parent department; absent for a top-level unit. */
  parentId: idSchema.optional(),
  /** Short code used on rosters and printed sheets, e.g. "YY1" for 运营一分公司. */
  code: z.string().max(20).optional(),
});
export type Department = z.infer<typeof departmentSchema>;

export const HONOUR_KINDS = [
  'model_worker', // 劳动模范
  'may_day_medal', // 五一劳动奖章
  'technical_expert', // 技术能手
  'chief_technician', // 首席技师
  'craftsman', // 工匠
  'youth_post_expert', // 青年岗位能手
] as const;
export const honourKindSchema = z.enum(HONOUR_KINDS);
export type HonourKind = z.infer<typeof honourKindSchema>;

export const honourSchema = z.object({
  kind: honourKindSchema,
  level: levelSchema,
  year: yearSchema,
});
export type Honour = z.infer<typeof honourSchema>;

export const SKILL_GRADES = [
  'entry', // 初级工
  'intermediate', // 中级工
  'senior', // 高级工
  'technician', // 技师
  'senior_technician', // 高级技师
] as const;
export const skillGradeSchema = z.enum(SKILL_GRADES);
export type SkillGrade = z.infer<typeof skillGradeSchema>;

export const personSchema = recordMetaSchema.extend({
  name: z.string().min(1).max(50),
  /** Employee number (工号); unique within one workspace. */
  employeeNo: z.string().min(1).max(30),
  departmentId: idSchema,
  /** Trade (工种), free text in the organisation's own words, e.g. 电客车司机. */
  trade: z.string().max(50),
  skillGrade: skillGradeSchema.optional(),
  gender: z.enum(['female', 'male']).optional(),
  birthYear: yearSchema.optional(),
  honours: z.array(honourSchema).default([]),
  /** Skill grades reached, with the date (studios ledger: members promoted a grade in the year). */
  gradeHistory: z.array(z.object({ grade: skillGradeSchema, on: isoDateSchema })).optional(),
});
export type Person = z.infer<typeof personSchema>;
