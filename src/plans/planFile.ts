/**
 * Reading and writing a plan file. Reading never throws: it names every problem with the element
 * (1-based, with its id) and the field, and suggests a town for a name it does not know.
 */
import * as z from 'zod';
import { planMessages as m } from '../i18n/catalogue/plans';
import { currentLanguage } from '../i18n/language';
import { t } from '../i18n/messages';
import { errorMessage } from '../lib/errorText';
import { TOWN_NAMES, isTownName, resolveTownName } from '../towns/townFacts';
import type { LayoutElement } from '../layouts/types';
import { MAX_PLAN_FILE_BYTES, PLAN_FORMAT, PLAN_SCHEMA_VERSION, planFromFile, type Plan } from './planFormat';
import { MAX_ELEMENTS, planFileSchema, type PlanElement, type PlanFile } from './schema';

export { MAX_PLAN_FILE_BYTES, planFromFile, planToFile, planToJson, type Plan } from './planFormat';

export type PlanParseResult = { ok: true; plan: Plan; file: PlanFile } | { ok: false; problems: string[] };

// The file's element and the app's element are the same shape but for the plan tag.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const elementShapeMatches: Same<PlanElement, Omit<LayoutElement, 'plan'>> = true;
void elementShapeMatches;

// zod's own messages (a wrong type, a missing field) in the page's language, as ours are.
const zodErrors = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

export function parsePlanText(text: string): PlanParseResult {
  if (text.length > MAX_PLAN_FILE_BYTES) return refuse(t(m.fileTooLarge, { size: formatSize(text.length), max: formatSize(MAX_PLAN_FILE_BYTES) }));
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse(t(m.notJson, { error: errorMessage(e) }));
  }
  return parsePlanValue(json);
}

export function parsePlanValue(json: unknown): PlanParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse(t(m.notObject));
  const record = json as Record<string, unknown>;
  if (record.format !== PLAN_FORMAT) {
    return refuse(
      record.format === undefined
        ? t(m.noFormat, { format: PLAN_FORMAT })
        : t(m.wrongFormat, { value: JSON.stringify(record.format), format: PLAN_FORMAT }),
    );
  }
  const version = record.schemaVersion;
  if (version !== PLAN_SCHEMA_VERSION) {
    if (typeof version === 'number' && version > PLAN_SCHEMA_VERSION) {
      return refuse(t(m.newerVersion, { version, supported: PLAN_SCHEMA_VERSION }));
    }
    return refuse(version === undefined ? t(m.noVersion) : t(m.unknownVersion, { version: JSON.stringify(version), supported: PLAN_SCHEMA_VERSION }));
  }
  const elements = Array.isArray(record.elements) ? record.elements : [];
  const parsed = planFileSchema.safeParse(json, { error: zodErrors[currentLanguage()] });
  if (parsed.success) {
    const problems = checkPlanFile(parsed.data);
    return problems.length ? { ok: false, problems } : { ok: true, plan: planFromFile(parsed.data), file: parsed.data };
  }
  // Refused in stages, so a file with both kinds of problem gets one coherent list: first every
  // field that is missing, of the wrong type or out of range (the schema), then the towns and ids
  // of what could be read (a field already named in the first stage is not named again). A file
  // over the element limit stops at the first stage: its elements are not read one by one.
  const fieldProblems = parsed.error.issues.map((issue) => describeIssue(issue.path, issue.message, elements));
  if (elements.length > MAX_ELEMENTS) return { ok: false, problems: fieldProblems };
  const named = new Set(fieldProblems.map(fieldOf));
  const crossProblems = checkPlanFile(record).filter((p) => !named.has(fieldOf(p)));
  return { ok: false, problems: [...fieldProblems, ...crossProblems] };
}

/** 'X › members › 第 1 个成员 › town：…' → 'X › members › 第 1 个成员 › town' (English: 'X › … › town: …'). */
function fieldOf(problem: string): string {
  const separator = t(m.problemAt, { where: '', problem: '' });
  const at = problem.indexOf(separator);
  return at < 0 ? problem : problem.slice(0, at);
}

/** 'where：problem' */
const at = (where: string, problem: string) => t(m.problemAt, { where, problem });
const joinPath = (...parts: string[]) => parts.join(t(m.pathJoin));

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The checks a JSON Schema cannot say: towns that exist, unique ids, a member listed once, parents
 * that exist. Run on a checked file, and on a refused one as far as it can be read (a field of the
 * wrong type is left to the schema's message).
 */
export function checkPlanFile(file: PlanFile | Loose): string[] {
  const problems: string[] = [];
  const elements = Array.isArray(file.elements) ? (file.elements as unknown[]) : [];
  const ids = new Map<string, number>();
  elements.forEach((e, i) => {
    if (!isObject(e) || !isText(e.id)) return;
    const first = ids.get(e.id);
    if (first !== undefined) problems.push(at(joinPath(where(i, e.id), 'id'), t(m.duplicateId, { n: first + 1 })));
    else ids.set(e.id, i);
  });
  elements.forEach((e, i) => {
    if (!isObject(e)) return;
    const seen = new Set<string>();
    const members = Array.isArray(e.members) ? (e.members as unknown[]) : [];
    members.forEach((member, j) => {
      if (!isObject(member) || !isText(member.town)) return;
      const field = joinPath(where(i, e.id), 'members', t(m.memberAt, { n: j + 1 }), 'town');
      if (!isTownName(member.town)) problems.push(at(field, unknownTown(member.town)));
      if (seen.has(member.town)) problems.push(at(field, t(m.townTwice, { town: member.town })));
      seen.add(member.town);
    });
    if (isText(e.parentId) && !ids.has(e.parentId)) problems.push(at(joinPath(where(i, e.id), 'parentId'), t(m.parentMissing, { parent: e.parentId })));
    if (isText(e.parentId) && e.parentId === e.id) problems.push(at(joinPath(where(i, e.id), 'parentId'), t(m.parentSelf)));
    const axisPaths = Array.isArray(e.axisPaths) ? (e.axisPaths as unknown[]) : undefined;
    axisPaths?.forEach((axis, p) => {
      if (!Array.isArray(axis)) return;
      axis.forEach((town, k) => {
        if (isText(town) && !isTownName(town)) problems.push(at(joinPath(where(i, e.id), 'axisPaths', t(m.axisPathAt, { n: p + 1 }), t(m.axisTownAt, { n: k + 1 })), unknownTown(town)));
      });
    });
    if (e.draw === 'axis' && !axisPaths?.length) problems.push(at(joinPath(where(i, e.id), 'axisPaths'), t(m.axisMissing)));
    if (e.draw === 'base' && Array.isArray(e.members) && e.members.length === 0) problems.push(at(joinPath(where(i, e.id), 'members'), t(m.baseWithoutTown)));
  });
  return problems;
}

/** '“长按镇”不是东莞的镇街名称，是不是 “长安镇”？' */
export function unknownTown(name: string): string {
  const resolved = resolveTownName(name);
  if (resolved) return t(m.fullNameNeeded, { name, full: resolved });
  const close = closestTown(name);
  return close ? t(m.unknownTownSuggest, { name, close }) : t(m.unknownTown, { name });
}

/** The town name nearest to `name` by edit distance, if it is close (at most two characters off). */
export function closestTown(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const town of TOWN_NAMES) {
    const d = editDistance(name, town);
    if (d < bestDistance) {
      best = town;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.min(2, Math.floor(name.length / 2))) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

function where(index: number, id: unknown): string {
  return typeof id === 'string' && id ? t(m.elementAt, { n: index + 1, id }) : t(m.elementAtNoId, { n: index + 1 });
}

/** 'elements.2.members.0.town' → '第 3 个元素（belt-west） › members › 第 1 个成员 › town：…' */
function describeIssue(path: readonly PropertyKey[], message: string, elements: unknown[]): string {
  const parts: string[] = [];
  const rest = [...path];
  if (rest[0] === 'elements' && typeof rest[1] === 'number') {
    const el = elements[rest[1]] as { id?: unknown } | undefined;
    parts.push(where(rest[1], el?.id));
    rest.splice(0, 2);
  } else if (rest[0] === 'plan') {
    parts.push(t(m.planInfo));
    rest.shift();
  }
  for (let k = 0; k < rest.length; k++) {
    const key = rest[k];
    if (typeof key === 'number') parts.push(rest[k - 1] === 'members' ? t(m.memberAt, { n: key + 1 }) : t(m.itemAt, { n: key + 1 }));
    else parts.push(String(key));
  }
  return parts.length ? at(joinPath(...parts), message) : message;
}

function refuse(problem: string): PlanParseResult {
  return { ok: false, problems: [problem] };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
