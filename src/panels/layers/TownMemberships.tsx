import { membershipLine } from '../../layouts/labels';
import { membershipsOfTown } from '../../layouts/queries';
import { useInfoCardStore } from '../../state/infoCardStore';
import { statusYear, usePlanYearStore } from '../../state/planYearStore';

/** Every layout element a town belongs to, with its role and how that is known. */
export function TownMemberships({ town }: { town: string }) {
  const open = useInfoCardStore((s) => s.open);
  const memberships = membershipsOfTown(town);
  const year = statusYear(usePlanYearStore((s) => s.year));
  return (
    <>
      <h3>所属布局（{memberships.length}）</h3>
      <ul aria-label="所属布局" className="membership-list">
        {memberships.map(({ element, member }) => (
          <li key={element.id}>
            <span className="swatch" style={{ borderColor: element.color }} aria-hidden />
            <button type="button" className="link" onClick={() => open(element.id)}>
              {element.nameZh}
            </button>{' '}
            <small>{membershipLine(element, member, year)}</small>
          </li>
        ))}
        {memberships.length === 0 && <li className="hint">未列入任何布局</li>}
      </ul>
    </>
  );
}
