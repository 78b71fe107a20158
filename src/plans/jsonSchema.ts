import * as z from 'zod';
import { PLAN_SCHEMA_VERSION, planFileSchema } from './schema';

/** The JSON Schema of the plan file, as published at /schema/plan.schema.json (public/schema). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planFileSchema, { target: 'draft-2020-12' }),
    $id: `plan.schema.v${PLAN_SCHEMA_VERSION}.json`,
    title: '东莞规划布局图 · 规划文件',
    description:
      '一份规划（规划信息与布局元素）。此 JSON Schema 由程序里的 zod 模式生成；镇街名称是否存在、元素 id 是否重复、同一镇街是否列了两次、上级元素是否存在，由程序导入时另行检查。',
  };
}
