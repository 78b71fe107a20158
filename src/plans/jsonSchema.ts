import * as z from 'zod';
import { planMessages } from '../i18n/catalogue/plans';
import { t } from '../i18n/messages';
import { PLAN_SCHEMA_VERSION, planFileSchema } from './schema';

/** The JSON Schema of the plan file, as published at /schema/plan.schema.json (public/schema). */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planFileSchema, { target: 'draft-2020-12' }),
    $id: `plan.schema.v${PLAN_SCHEMA_VERSION}.json`,
    // Published in Chinese, like its field notes (schema.ts) and the plan files it describes.
    title: t(planMessages.schemaTitle, undefined, 'zh'),
    description: t(planMessages.schemaDescription, undefined, 'zh'),
  };
}
