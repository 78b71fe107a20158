import { elementName, planName } from '../layouts/displayNames';
import { useId, useMemo, useState } from 'react';
import { searchTowns } from '../geo/search';
import { planBadge } from '../layouts/labels';
import { planById, searchElements } from '../layouts/queries';
import type { LayoutElement } from '../layouts/types';
import { useNoticeStore } from '../state/noticeStore';
import { usePlannerDispatch } from '../state/screens/plannerState';
import { unmappedUnit } from '../towns/quotaUnits';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { joinList, useT } from '../i18n/messages';
import { displayTownName } from '../towns/townNames';
import { townTypeText, unmappedNote } from './names';

const MAX_RESULTS = 8;
const MAX_ELEMENT_RESULTS = 5;

type Result = { kind: 'town'; name: string; detail: string } | { kind: 'element'; element: LayoutElement; detail: string };

const planLabelOf = (planId: string) => {
  const plan = planById(planId);
  return plan ? planName(plan) : planId;
};

const resultKey = (r: Result) => (r.kind === 'town' ? `town:${r.name}` : `element:${r.element.id}`);

/**
 * Finds a unit by (part of) its Chinese name, short name, pinyin or code, and a layout element of
 * any plan (built-in or the planner's own) by its name; towns first. Enter takes the first.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const t = useT();
  const results = useMemo<Result[]>(
    () => [
      ...searchTowns(query)
        .slice(0, MAX_RESULTS)
        .map((fact): Result => ({ kind: 'town', name: fact.name, detail: unmappedUnit(fact.name) ? t(m.noBoundary, { note: unmappedNote(unmappedUnit(fact.name)!) }) : townTypeText(fact.type) })),
      ...searchElements(query, MAX_ELEMENT_RESULTS).map((element): Result => ({ kind: 'element', element, detail: t(m.layoutElement, { plan: planLabelOf(element.plan), badge: planBadge(element.plan) }) })),
    ],
    [query, t],
  );
  const dispatch = usePlannerDispatch();
  const notify = useNoticeStore((s) => s.notify);

  const chooseResult = (result: Result) => {
    if (result.kind === 'town') return choose(result.name);
    // An element: shown on the map, its card opened.
    dispatch({ type: 'layers/setMany', ids: [result.element.id], on: true });
    dispatch({ type: 'card/open', id: result.element.id });
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const choose = (name: string) => {
    const unmapped = unmappedUnit(name);
    if (unmapped) {
      // No shape of its own: show the towns it lies within, and say so.
      dispatch({ type: 'selection/set', units: unmapped.within });
      dispatch({ type: 'selection/zoomTo', units: unmapped.within });
      notify('info', t(m.unmappedChosen, { name: displayTownName(name), note: unmappedNote(unmapped), within: joinList(unmapped.within.map((n) => displayTownName(n))) }));
    } else {
      dispatch({ type: 'selection/select', unit: name, zoom: true });
    }
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const target = results[active] ?? results[0];
      if (target) {
        event.preventDefault();
        chooseResult(target);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="search-box">
      <input
        type="search"
        aria-label={t(m.searchTowns)}
        placeholder={t(m.searchPlaceholder)}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label={t(m.searchResults)} className="search-results">
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled className="search-empty">
              {t(m.noResults, { query })}
            </li>
          )}
          {results.map((result, index) => (
            <li
              key={resultKey(result)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                chooseResult(result);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span>{result.kind === 'town' ? displayTownName(result.name) : elementName(result.element)}</span> <small>{result.detail}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
