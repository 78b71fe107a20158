import { elementName } from '../../layouts/displayNames';
import { membershipLine } from '../../layouts/labels';
import { membershipsOfTown } from '../../layouts/queries';
import { usePlannerDispatch } from '../../state/screens/plannerState';
import { statusYear, usePlanYearStore } from '../../state/planYearStore';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';

import { QuotedText } from '../../i18n/QuotedText';

/** Every layout element a town belongs to, with its role and how that is known. */
export function TownMemberships({ town }: { town: string }) {
  const dispatch = usePlannerDispatch();
  const open = (id: string) => dispatch({ type: 'card/open', id });
  const memberships = membershipsOfTown(town);
  const year = statusYear(usePlanYearStore((s) => s.year));
  const t = useT();
  return (
    <>
      <h3>{t(m.membershipsCount, { count: memberships.length })}</h3>
      <ul aria-label={t(m.memberships)} className="membership-list">
        {memberships.map(({ element, member }) => (
          <li key={element.id}>
            <span className="swatch" style={{ borderColor: element.color }} aria-hidden />
            <button type="button" className="link" onClick={() => open(element.id)}>
              {elementName(element)}
            </button>{' '}
            <small>
              <QuotedText text={membershipLine(element, member, year)} />
            </small>
          </li>
        ))}
        {memberships.length === 0 && <li className="hint">{t(m.noMemberships)}</li>}
      </ul>
    </>
  );
}
