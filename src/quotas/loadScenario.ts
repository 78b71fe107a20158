import { quotaStateMessages as m } from '../i18n/catalogue/quotas-saved';
import { joinList, t } from '../i18n/messages';
import type { QuotaData } from './model';
import { replaceData } from './operations';
import { parseScenario, validateQuotaData } from './scenario';
import { useQuotaStore } from './store';

/** What loading a scenario would replace, for the question asked before it is loaded. */
export interface ScenarioReplacement {
  data: QuotaData;
  /** Entered values that would change to another value. */
  changed: number;
  /** Entered values that would be cleared (back to unset or the default). */
  cleared: number;
  /** Values that would be entered where none was. */
  added: number;
  marksChanged: boolean;
}

/** Checks a scenario and says what it would replace in `current`; changes nothing. */
export function previewScenario(text: string, current: QuotaData): { ok: true; preview: ScenarioReplacement } | { ok: false; error: string } {
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  const { undo } = replaceData(current, parsed.data, 'scenario');
  const count = (test: (r: (typeof undo.replaced)[number]) => boolean) => undo.replaced.filter(test).length;
  return {
    ok: true,
    preview: {
      data: parsed.data,
      changed: count((r) => r.before !== null && r.after !== null),
      cleared: count((r) => r.before !== null && r.after === null),
      added: count((r) => r.before === null && r.after !== null),
      marksChanged:
        JSON.stringify([current.strongTowns, current.highTechZones]) !== JSON.stringify([parsed.data.strongTowns, parsed.data.highTechZones]),
    },
  };
}

/** The question's text: '将替换 3 个数值、清除 2 个、新填 5 个，并改变创新强镇/高新区标记'. */
export function describeReplacement(p: ScenarioReplacement): string {
  const parts = [
    p.changed && t(m.changeValues, { count: p.changed }),
    p.cleared && t(m.clearValues, { count: p.cleared }),
    p.added && t(m.addValues, { count: p.added }),
    p.marksChanged && t(m.changeMarks),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? t(m.replacement, { parts: joinList(parts) }) : t(m.sameScenario);
}

/**
 * Replaces the whole quota state by a scenario (JSON text or QuotaData), undoably; an invalid one
 * changes nothing. Apart from the store, so the schemas load with the import dialog, not at start.
 */
export function loadScenario(scenario: string | QuotaData): { ok: true } | { ok: false; error: string } {
  const parsed = typeof scenario === 'string' ? parseScenario(scenario) : validateQuotaData(scenario);
  if (!parsed.ok) return parsed;
  useQuotaStore.getState().replaceWithScenario(parsed.data);
  return { ok: true };
}
