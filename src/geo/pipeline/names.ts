import { TOWN_FACTS } from '../../towns/townFacts';
import { matchTown } from '../../quotas/townMatch';

const NAME_KEYS = ['name', 'NAME', 'Name', '名称', '镇街', '镇街名称', 'XZQMC', 'xzqmc', 'townname', 'TOWNNAME', 'ZLDWMC']; // i18n-exempt: property names a Chinese file uses (data)
const CODE_KEYS = ['code', 'CODE', 'adcode', 'ADCODE', 'XZQDM', 'xzqdm', '区划代码', '代码']; // i18n-exempt: property names a Chinese file uses (data)

const byCode = new Map(TOWN_FACTS.map((t) => [t.code, t.name]));

export type UnitMatch =
  | { unit: string; by: 'name' | 'code'; given: string }
  | { unit: null; given: string; suggestion: string | null };

/**
 * Which of the 35 units a feature is: by its name (full, short, alias or pinyin) or by its
 * 9-digit division code (a 12-digit code with trailing zeros counts too). An unknown name gets the
 * closest known name as a suggestion.
 */
export function matchUnit(properties: Record<string, unknown> | null | undefined): UnitMatch {
  const props = properties ?? {};
  const name = NAME_KEYS.map((k) => props[k]).find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
  if (name) {
    const m = matchTown(name);
    if (m.town) return { unit: m.town, by: 'name', given: name };
  }
  const code = CODE_KEYS.map((k) => props[k]).find((v) => typeof v === 'string' || typeof v === 'number');
  if (code !== undefined) {
    const digits = String(code).trim();
    const unit = byCode.get(digits.slice(0, 9));
    if (unit && /^\d{9}(\d{3})?$/.test(digits)) return { unit, by: 'code', given: digits };
  }
  const given = name ?? (code !== undefined ? String(code) : JSON.stringify(props).slice(0, 60));
  return { unit: null, given, suggestion: name ? (matchTown(name) as { suggestion: string | null }).suggestion : null };
}
