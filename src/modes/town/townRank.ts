/**
 * Where a unit stands among all units for a value (higher is better): ties share a rank, units
 * with no value are not ranked. Returns null when the unit itself has no value.
 */
export function rankOf(valueByTown: Readonly<Record<string, number | null>>, town: string): { rank: number; of: number } | null {
  const own = valueByTown[town];
  if (own === null || own === undefined) return null;
  const values = Object.values(valueByTown).filter((v): v is number => v !== null && v !== undefined);
  return { rank: values.filter((v) => v > own).length + 1, of: values.length };
}
