import { TownMemberships } from '../../../panels/layers/TownMemberships';
import { TownQuotaSummary } from '../../../panels/quotas/TownQuotaSummary';

/** What the 镇街 tab shows for a chosen unit below its details: the layouts it belongs to, and its quotas. */
export function ChosenTownParts({ town }: { town: string }) {
  return (
    <>
      <TownMemberships town={town} />
      <TownQuotaSummary town={town} />
    </>
  );
}
