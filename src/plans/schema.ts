/**
 * The plan file: one format for the built-in plans (src/plans/builtin/*.json), a planner's import and the copy kept in the browser. One zod schema
 * checks it; the JSON Schema published with the app (public/schema/plan.schema.json) is generated
 * from this schema by scripts/planJsonSchema.ts, and a test keeps the two equal.
 *
 * Its messages are in the page's language (built once, at load: the language is fixed for a page); the
 * `.describe` notes are the published JSON Schema's, in Chinese for the plan files' authors.
 *
 * The checks a JSON Schema cannot express (towns that exist, ids unique, a member listed once, a
 * parent that exists) are in `checkPlanFile` (src/plans/planFile.ts), run on every plan read.
 */
import '../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { planMessages as m } from '../i18n/catalogue/plans';
import { t } from '../i18n/messages';

import { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from './planFormat';

export { PLAN_FORMAT, PLAN_SCHEMA_VERSION };

/** Far more than any plan has (the 2018 plan has 17); a file with more is refused, not drawn. */
export const MAX_ELEMENTS = 300;
export const MAX_MEMBERS = 80;

/** Markup in a plan's text is refused: it is shown as text everywhere, so a tag can only be a mistake or an attack. */
const HTML_TAG = /<\s*\/?\s*[a-zA-Z!?]/;

const text = (max: number) =>
  z
    .string()
    .max(max, { error: t(m.tooLong, { max }) })
    .refine((s) => !HTML_TAG.test(s), { error: t(m.htmlTag) });
const name = (max: number) => text(max).refine((s) => s.trim().length > 0, { error: t(m.empty) });

export const factKindSchema = z.enum(['stated', 'sourced', 'derived']);
export const elementKindSchema = z.enum(['core', 'belt', 'cluster', 'subcluster', 'science-city', 'corridor', 'region', 'base', 'pianqu', 'platform']);
export const drawStyleSchema = z.enum(['zone', 'nodes', 'axis', 'base']);
export const roleKindSchema = z.enum(['core', 'node', 'rnd', 'manufacturing', 'assembly', 'components', 'focus', 'member', 'site']);
export const roleWordingSchema = z.enum(['quote', 'paraphrase', 'none']);

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: t(m.idFormat) });

export const memberSchema = z.strictObject({
  town: name(40).describe('镇街名称，与边界文件一致，如 “松山湖管委会”'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  coverage: z.enum(['whole', 'partial']).describe('whole 全域；partial 只涉及镇街的一部分'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  roleKind: roleKindSchema,
  role: name(80).describe('角色，如 “研发中心”、“成员”'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  roleEn: text(240).optional().describe('角色的英文（本应用的翻译），如 “R&D centre”'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  roleWording: roleWordingSchema.describe('quote 规划原文；paraphrase 我们的概括；none 单纯成员'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  factKind: factKindSchema.describe('stated 文件明确；sourced 有日期的公开来源；derived 推导（示意）'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
});

export const sourceSchema = z.strictObject({
  document: text(200).optional(),
  documentEn: text(600).optional(),
  section: text(300).optional(),
  sectionEn: text(900).optional(),
  seed: text(100).optional(),
  outside: z.array(z.strictObject({ name: name(200), date: text(20) })).max(20).optional(),
  uncited: text(500).optional(),
  uncitedEn: text(1500).optional(),
});

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: t(m.colourFormat) });

export const elementSchema = z.strictObject({
  id: idSchema,
  kind: elementKindSchema,
  parentId: idSchema.optional(),
  nameZh: name(60),
  nameEn: text(120),
  draw: drawStyleSchema,
  members: z.array(memberSchema).max(MAX_MEMBERS, { error: t(m.tooManyMembers, { max: MAX_MEMBERS }) }),
  source: sourceSchema,
  factKind: factKindSchema,
  description: text(2000),
  descriptionEn: text(6000).optional(),
  openList: z.array(text(300)).max(20).optional(),
  openListEn: z.array(text(900)).max(20).optional(),
  positioning: z.array(z.strictObject({ label: name(80), labelEn: text(240).optional(), quote: name(300), quoteEn: text(900).optional() })).max(20).optional(),
  color: hexColour,
  figures: z
    .strictObject({
      plannedArea: z.strictObject({ text: name(200), textEn: text(600).optional(), km2: z.number().positive().max(3000).optional() }).optional(),
      leadIndustries: z.array(name(60)).max(30).optional(),
      leadIndustriesEn: z.array(name(180)).max(30).optional(),
      notes: z.array(text(300)).max(20).optional(),
      notesEn: z.array(text(1000)).max(20).optional(),
    })
    .optional(),
  axisPaths: z.array(z.array(name(40)).min(2, { error: t(m.axisTooShort) }).max(40)).max(10).optional(),
});

const year = z.number().int({ error: t(m.yearInteger) }).min(1978).max(2100);

export const planMetaSchema = z.strictObject({
  id: idSchema.describe('规划的标识，如 “plan2018”'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  nameZh: name(40).describe('规划布局的简称，如 “一核三带十区”（图层分组、图例里用它）'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  nameEn: text(120).optional().describe('简称的英文（本应用的翻译），如 “One Core, Three Belts, Ten Zones”；没有时英文界面显示中文'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  title: name(80).describe('较长的标题，如 “2018 一核三带十区”'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  titleEn: text(240).optional().describe('标题的英文，如 “2018: One Core, Three Belts, Ten Zones”'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  document: name(300).describe('规划文件的标题'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  documentEn: text(900).optional().describe('规划文件标题的英文（本应用的翻译）'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  docNumber: text(60).optional().describe('文号，如 “东府〔2018〕1号”，没有时省略'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  issuer: text(100).optional().describe('印发机关'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  issued: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: t(m.issuedFormat) })
    .optional()
    .describe('印发日期'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  period: z
    .strictObject({ start: year, end: year })
    .refine((p) => p.end >= p.start, { error: t(m.periodOrder) })
    .optional()
    .describe('规划期（起止年份）；分组一类没有规划期的省略'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  draft: z.boolean().optional().describe('草稿：尚未发布'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
});

export const planFileSchema = z.strictObject({
  $schema: z.string().max(300).optional().describe('可写 JSON Schema 的地址，编辑器据此检查和补全；程序不读它'), // i18n-exempt: field notes of the published JSON Schema (public/schema), written for plan authors in Chinese like the plan files
  format: z.literal(PLAN_FORMAT),
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  plan: planMetaSchema,
  elements: z.array(elementSchema).max(MAX_ELEMENTS, { error: t(m.tooManyElements, { max: MAX_ELEMENTS }) }),
});

export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanMeta = z.infer<typeof planMetaSchema>;
export type PlanElement = z.infer<typeof elementSchema>;
