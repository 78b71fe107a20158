import { useMemo } from 'react';
import { useComparison } from '../state/compareStore';
import { useQuotaChoropleth } from '../quotas/useQuotaChoropleth';
import { useTownFillStore } from '../state/townFillStore';

/** The fill colour of each town for the current fill mode, or null for the plain map. */
export function useTownFill(): { colors: Record<string, string | null> | null; unsetColor?: string } {
  const mode = useTownFillStore((s) => s.mode);
  const choropleth = useQuotaChoropleth();
  const comparison = useComparison();
  return useMemo(() => {
    if (mode === 'quota') return { colors: choropleth.colorByTown, unsetColor: choropleth.unsetColor };
    if (mode === 'compare') {
      const colors: Record<string, string | null> = {};
      for (const c of comparison.classes) for (const t of c.towns) colors[t] = c.color;
      return { colors };
    }
    return { colors: null };
  }, [mode, choropleth, comparison]);
}
