import '../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { errorMessage } from '../lib/errorText';
import type { QuotaData } from './model';
import {
  QUOTA_DATA_VERSION,
  describeSchemaError,
  deserialiseQuotaData,
  serialiseQuotaData,
  serialisedQuotaDataSchema,
  upgradeToCurrentVersion,
  zhErrorMap,
} from './serialise';

/**
 * Scenario files: the whole quota state (marks and entered values) as JSON, to keep or share
 * alternatives. Loading one gives back exactly the state that was exported.
 */
const SCENARIO_FORMAT = 'dgmap-quota-scenario';
const SCENARIO_VERSION = QUOTA_DATA_VERSION;

const scenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  schemaVersion: z.literal(SCENARIO_VERSION),
  exportedAt: z.string().optional(),
  data: serialisedQuotaDataSchema,
});

export function exportScenario(data: QuotaData, exportedAt: Date = new Date()): string {
  const file = { format: SCENARIO_FORMAT, schemaVersion: SCENARIO_VERSION, exportedAt: exportedAt.toISOString(), data: serialiseQuotaData(data) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedScenario = { ok: true; data: QuotaData } | { ok: false; error: string };

/** Reads a scenario file; never throws. Errors are Chinese sentences naming the problem. */
export function parseScenario(text: string): ParsedScenario {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `方案文件不是有效的 JSON（${errorMessage(e)}）` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: '方案文件的内容不是一个对象，不是本工具导出的指标方案' };
  }
  const obj = json as Record<string, unknown>;
  if (obj.format !== SCENARIO_FORMAT) {
    return { ok: false, error: `不是本工具导出的指标方案（缺少 format: "${SCENARIO_FORMAT}"）` };
  }
  const current = upgradeToCurrentVersion(obj);
  if (!current) {
    return { ok: false, error: `方案文件的版本 ${JSON.stringify(obj.schemaVersion) ?? '（无）'} 无法识别（本工具读取版本 1 至 ${SCENARIO_VERSION}）` };
  }
  const parsed = scenarioSchema.safeParse(current, { error: zhErrorMap });
  if (!parsed.success) return { ok: false, error: `方案文件内容有误：${describeSchemaError(parsed.error)}` };
  return { ok: true, data: deserialiseQuotaData(parsed.data.data) };
}

/** Checks and normalises QuotaData given as an object (e.g. by code rather than a file). */
export function validateQuotaData(data: QuotaData): ParsedScenario {
  const parsed = serialisedQuotaDataSchema.safeParse(serialiseQuotaData(data), { error: zhErrorMap });
  if (!parsed.success) return { ok: false, error: `指标数据有误：${describeSchemaError(parsed.error)}` };
  return { ok: true, data: deserialiseQuotaData(parsed.data) };
}
