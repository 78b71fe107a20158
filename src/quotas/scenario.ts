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
  schemaErrorMap,
} from './serialise';
import { quotaStateMessages as m } from '../i18n/catalogue/quotas-saved';
import { t } from '../i18n/messages';

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

/** Reads a scenario file; never throws. Errors are sentences in the page's language naming the problem. */
export function parseScenario(text: string): ParsedScenario {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: t(m.scenarioNotJson, { error: errorMessage(e) }) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: t(m.scenarioNotObject) };
  }
  const obj = json as Record<string, unknown>;
  if (obj.format !== SCENARIO_FORMAT) {
    return { ok: false, error: t(m.notScenario, { format: SCENARIO_FORMAT }) };
  }
  const current = upgradeToCurrentVersion(obj);
  if (!current) {
    return { ok: false, error: t(m.scenarioVersion, { version: JSON.stringify(obj.schemaVersion) ?? t(m.noneValue), current: SCENARIO_VERSION }) };
  }
  const parsed = scenarioSchema.safeParse(current, { error: schemaErrorMap });
  if (!parsed.success) return { ok: false, error: t(m.scenarioInvalid, { details: describeSchemaError(parsed.error) }) };
  return { ok: true, data: deserialiseQuotaData(parsed.data.data) };
}

/** Checks and normalises QuotaData given as an object (e.g. by code rather than a file). */
export function validateQuotaData(data: QuotaData): ParsedScenario {
  const parsed = serialisedQuotaDataSchema.safeParse(serialiseQuotaData(data), { error: schemaErrorMap });
  if (!parsed.success) return { ok: false, error: t(m.dataInvalid, { details: describeSchemaError(parsed.error) }) };
  return { ok: true, data: deserialiseQuotaData(parsed.data) };
}
