import { useId, useMemo, useState } from 'react';
import { searchTowns } from '../geo/search';
import { useNoticeStore } from '../state/noticeStore';
import { useSelectionStore } from '../state/selectionStore';
import { unmappedUnit } from '../towns/quotaUnits';
import { townTypeLabel } from '../towns/townFacts';

const MAX_RESULTS = 8;

/** Finds a unit by (part of) its Chinese name, short name, pinyin or code; Enter takes the first. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const results = useMemo(() => searchTowns(query).slice(0, MAX_RESULTS), [query]);
  const select = useSelectionStore((s) => s.select);
  const setSelection = useSelectionStore((s) => s.setSelection);
  const zoomTo = useSelectionStore((s) => s.zoomTo);
  const notify = useNoticeStore((s) => s.notify);

  const choose = (name: string) => {
    const unmapped = unmappedUnit(name);
    if (unmapped) {
      // No shape of its own: show the towns it lies within, and say so.
      setSelection(unmapped.within);
      zoomTo(unmapped.within);
      notify('info', `${name}：${unmapped.note}。已选中${unmapped.within.join('、')}；它的指标在「指标」表中单列。`);
    } else {
      select(name, { zoom: true });
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
        choose(target.name);
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
        aria-label="搜索镇街"
        placeholder="搜索镇街（如 长安）"
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
        <ul id={listId} role="listbox" aria-label="搜索结果" className="search-results">
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled className="search-empty">
              没有名为“{query}”的镇街
            </li>
          )}
          {results.map((fact, index) => (
            <li
              key={fact.name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(fact.name);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span>{fact.name}</span> <small>{unmappedUnit(fact.name) ? `无边界 · ${unmappedUnit(fact.name)!.note}` : townTypeLabel(fact.type)}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
