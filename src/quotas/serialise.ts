import '../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';
import { normaliseMarks, normaliseStrongTowns } from './defaults';
import { quotaStateMessages as m } from '../i18n/catalogue/quotas-saved';
import { currentLanguage } from '../i18n/language';
import { t } from '../i18n/messages';
import { DEFAULT_HIGH_TECH_ZONES, MAX_COUNT, QUOTA_FIELDS, YEARS, cellKey, sortValues, type QuotaData, type QuotaField, type Year } from './model';

/**
 * The saved and exported form of QuotaData: entered values nested by unit, year and field, so a
 * scenario file can be read by a person. Shared by persistence (localStorage) and scenario files.
 */
export type SerialisedValues = Partial<Record<string, Partial<Record<string, Partial<Record<QuotaField, number>>>>>>;

export interface SerialisedQuotaData {
  strongTowns: string[];
  highTechZones: string[];
  values: SerialisedValues;
}

const townEnum = z.enum(QUOTA_UNIT_NAMES as [string, ...string[]]);
const yearEnum = z.enum(YEARS.map(String) as [string, ...string[]]);
const count = z.number().int().min(0).max(MAX_COUNT);
const yearValues = z.strictObject(
  Object.fromEntries(QUOTA_FIELDS.map((f) => [f, count.optional()])) as Record<QuotaField, z.ZodOptional<typeof count>>,
);

/**
 * Version 2 of the saved form. Version 1 had no `highTechZones` (松山湖 was always the only 高新区):
 * an older state or file is migrated by adding the default, never rejected.
 */
export const QUOTA_DATA_VERSION = 2;

export const serialisedQuotaDataSchema = z.strictObject({
  strongTowns: z.array(townEnum),
  highTechZones: z.array(townEnum),
  values: z.partialRecord(townEnum, z.partialRecord(yearEnum, yearValues)),
});

/** Brings the `data` part of a saved state or file of an older version up to the current one. */
function migrateSerialisedQuotaData(data: unknown, fromVersion: number): unknown {
  if (fromVersion === 1 && typeof data === 'object' && data !== null && !Array.isArray(data) && !('highTechZones' in data)) {
    return { ...data, highTechZones: [...DEFAULT_HIGH_TECH_ZONES] };
  }
  return data;
}

/**
 * A versioned wrapper ({ schemaVersion, data, … }: a saved state or a scenario file) at the current
 * version: as is, or migrated from version 1; null for a version this program cannot read.
 */
export function upgradeToCurrentVersion(obj: Record<string, unknown>): Record<string, unknown> | null {
  if (obj.schemaVersion === QUOTA_DATA_VERSION) return obj;
  if (obj.schemaVersion === 1) return { ...obj, schemaVersion: QUOTA_DATA_VERSION, data: migrateSerialisedQuotaData(obj.data, 1) };
  return null;
}

export function serialiseQuotaData(data: QuotaData): SerialisedQuotaData {
  const values: SerialisedValues = {};
  for (const town of QUOTA_UNIT_NAMES) {
    for (const year of YEARS) {
      for (const field of QUOTA_FIELDS) {
        const v = data.values[cellKey(town, year, field)];
        if (v === undefined) continue;
        const byYear = (values[town] ??= {});
        (byYear[String(year)] ??= {})[field] = v;
      }
    }
  }
  return { strongTowns: [...data.strongTowns], highTechZones: [...data.highTechZones], values };
}

/** Builds QuotaData from input already checked by serialisedQuotaDataSchema. */
export function deserialiseQuotaData(s: z.infer<typeof serialisedQuotaDataSchema>): QuotaData {
  const values: Record<string, number> = {};
  for (const [town, byYear] of Object.entries(s.values)) {
    for (const [year, fields] of Object.entries(byYear ?? {})) {
      for (const [field, v] of Object.entries(fields ?? {})) {
        if (typeof v === 'number') values[cellKey(town, Number(year) as Year, field as QuotaField)] = v;
      }
    }
  }
  const highTechZones = normaliseMarks(s.highTechZones);
  return { strongTowns: normaliseStrongTowns(s.strongTowns, highTechZones), highTechZones, values: sortValues(values) };
}

/** A zod error in a few lines a user can act on, in the page's language. */
export function describeSchemaError(error: z.ZodError, maxIssues = 3): string {
  const lines = error.issues.slice(0, maxIssues).map((i) => {
    const path = i.path.map(String).join(' › ');
    return path ? t(m.issueAt, { path, message: i.message }) : i.message;
  });
  const more = error.issues.length > maxIssues ? t(m.moreIssues, { count: error.issues.length - maxIssues }) : '';
  return lines.join(t(m.issueSeparator)) + more;
}

export const zhErrorMap = z.locales.zhCN().localeError;
const enErrorMap = z.locales.en().localeError;

/** zod's own messages in the page's language. */
export const schemaErrorMap: typeof zhErrorMap = (issue) => (currentLanguage() === 'en' ? enErrorMap : zhErrorMap)(issue);
