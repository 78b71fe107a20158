import { useEffect, useMemo, useRef, useState } from 'react';
import { useGeo } from '../app/GeoContext';
import { firstUnit, nextUnit, type Direction } from '../geo/keyboardOrder';
import { usePlannerStateStore } from '../state/screens/plannerState';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { t } from '../i18n/messages';
import { displayTownName } from '../towns/townNames';

const DIRECTIONS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The map by keyboard: when the map has focus, the arrow keys move between units (the unit is
 * highlighted as under a pointer), Enter or Space selects it (Shift+Enter, or with multi-select on, adds or
 * removes it), Esc leaves the units. What happens is announced in a live region. Rendered inside
 * the map's area; it takes the keys before MapLibre's own keyboard panning sees them.
 */
export function MapKeyboard({ units: only, onHover }: { units?: readonly string[]; onHover: (name: string | null) => void }) {
  const geo = useGeo();
  const planner = usePlannerStateStore();
  const live = useRef<HTMLParagraphElement>(null);
  const [message, setMessage] = useState('');
  const units = useMemo(
    () => geo.meta.towns.filter((t) => !only || only.includes(t.name)).map((t) => ({ name: t.name, point: t.label })),
    [geo, only],
  );
  const cursor = useRef<string | null>(null);

  useEffect(() => {
    const area = live.current?.parentElement;
    if (!area) return;
    const onMap = (target: EventTarget | null) => target instanceof HTMLElement && target.classList.contains('maplibregl-canvas');
    const onFocus = (event: FocusEvent) => {
      if (!onMap(event.target)) return;
      setMessage(t(m.keyboardHelp));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!onMap(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const selection = planner.getState();
      const direction = DIRECTIONS[event.key];
      if (direction) {
        event.preventDefault();
        event.stopPropagation();
        const from = cursor.current ?? selection.selected[0] ?? null;
        const next = from ? (cursor.current ? nextUnit(units, from, direction) : from) : firstUnit(units);
        if (!next) {
          setMessage(t(m.noTownThatWay, { town: from ? displayTownName(from) : '' }));
          return;
        }
        cursor.current = next;
        onHover(next);
        const chosen = selection.selected.includes(next) ? t(m.alreadySelected) : '';
        setMessage(`${displayTownName(next)}${chosen}`);
      } else if ((event.key === 'Enter' || event.key === ' ') && cursor.current) {
        event.preventDefault();
        event.stopPropagation();
        const name = cursor.current;
        if (event.shiftKey || selection.multiSelect) {
          const removing = selection.selected.includes(name);
          planner.dispatch({ type: 'selection/toggle', unit: name });
          setMessage(removing ? t(m.removedFromSelection, { name: displayTownName(name) }) : t(m.addedToSelection, { name: displayTownName(name), count: selection.selected.length + 1 }));
        } else {
          planner.dispatch({ type: 'selection/select', unit: name });
          setMessage(t(m.selected, { name: displayTownName(name) }));
        }
      } else if (event.key === 'Escape' && cursor.current) {
        cursor.current = null;
        onHover(null);
        setMessage(t(m.leftTowns));
      }
    };
    const onBlur = (event: FocusEvent) => {
      if (!onMap(event.target) || !cursor.current) return;
      cursor.current = null;
      onHover(null);
    };
    area.addEventListener('keydown', onKeyDown, true);
    area.addEventListener('focusin', onFocus);
    area.addEventListener('focusout', onBlur);
    return () => {
      area.removeEventListener('keydown', onKeyDown, true);
      area.removeEventListener('focusin', onFocus);
      area.removeEventListener('focusout', onBlur);
    };
  }, [units, onHover, planner]);

  return (
    <p ref={live} className="sr-only" aria-live="polite" data-testid="map-announcer">
      {message}
    </p>
  );
}
