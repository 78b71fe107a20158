import '../app/zodSetup'; // before any schema is built
import * as z from 'zod';
import { TOWN_NAMES } from '../towns/townFacts';
import { normaliseStrongTowns } from './defaults';
import { MAX_COUNT, QUOTA_FIELDS, YEARS, cellKey, sortValues, type QuotaData, type QuotaField, type Year } from './model';

/**
 * The saved and exported form of QuotaData: entered values nested by unit, year and field, so a
 * scenario file can be read by a person. Shared by persistence (localStorage) and scenario files.
 */
export type SerialisedValues = Partial<Record<string, Partial<Record<string, Partial<Record<QuotaField, number>>>>>>;

export interface SerialisedQuotaData {
  strongTowns: string[];
  values: SerialisedValues;
}

const townEnum = z.enum(TOWN_NAMES as [string, ...string[]]);
const yearEnum = z.enum(YEARS.map(String) as [string, ...string[]]);
const count = z.number().int().min(0).max(MAX_COUNT);
const yearValues = z.strictObject(
  Object.fromEntries(QUOTA_FIELDS.map((f) => [f, count.optional()])) as Record<QuotaField, z.ZodOptional<typeof count>>,
);

export const serialisedQuotaDataSchema = z.strictObject({
  strongTowns: z.array(townEnum),
  values: z.partialRecord(townEnum, z.partialRecord(yearEnum, yearValues)),
});

export function serialiseQuotaData(data: QuotaData): SerialisedQuotaData {
  const values: SerialisedValues = {};
  for (const town of TOWN_NAMES) {
    for (const year of YEARS) {
      for (const field of QUOTA_FIELDS) {
        const v = data.values[cellKey(town, year, field)];
        if (v === undefined) continue;
        const byYear = (values[town] ??= {});
        (byYear[String(year)] ??= {})[field] = v;
      }
    }
  }
  return { strongTowns: [...data.strongTowns], values };
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
  return { strongTowns: normaliseStrongTowns(s.strongTowns), values: sortValues(values) };
}

/** A zod error in a few Chinese lines a user can act on. */
export function describeSchemaError(error: z.ZodError, maxIssues = 3): string {
  const lines = error.issues.slice(0, maxIssues).map((i) => {
    const path = i.path.map(String).join(' › ');
    return path ? `${path}：${i.message}` : i.message;
  });
  const more = error.issues.length > maxIssues ? `（另有 ${error.issues.length - maxIssues} 处问题）` : '';
  return lines.join('；') + more;
}

export const zhErrorMap = z.locales.zhCN().localeError;
