/**
 * Merging members that name the same town into one (a plan file lists a town once per element):
 * one member with the role labels joined by '、', the stronger roleKind, 'whole' if any part covers
 * the whole town, and the firmer fact kind. Used when a plan is written (scripts, editor).
 */
import type { FactKind, Member, RoleKind } from '../layouts/types';

/** Role strength, used to pick the stronger roleKind when a town holds two roles in one element. */
const ROLE_STRENGTH: Record<RoleKind, number> = {
  core: 9,
  rnd: 8,
  assembly: 7,
  components: 6,
  manufacturing: 5,
  focus: 4,
  node: 3,
  site: 2,
  member: 1,
};

const FACT_STRENGTH: Record<FactKind, number> = { stated: 3, sourced: 2, derived: 1 };

export function mergeMembers(members: Member[]): Member[] {
  const out: Member[] = [];
  for (const m of members) {
    const prev = out.find((o) => o.town === m.town);
    if (!prev) {
      out.push({ ...m });
      continue;
    }
    if (!prev.role.split('、').includes(m.role)) prev.role = `${prev.role}、${m.role}`;
    if (m.roleWording !== prev.roleWording) prev.roleWording = 'paraphrase';
    if (ROLE_STRENGTH[m.roleKind] > ROLE_STRENGTH[prev.roleKind]) prev.roleKind = m.roleKind;
    if (m.coverage === 'whole') prev.coverage = 'whole';
    if (FACT_STRENGTH[m.factKind] > FACT_STRENGTH[prev.factKind]) prev.factKind = m.factKind;
  }
  return out;
}
