import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { QUOTA_UNIT_NAMES, quotaUnitFact, unmappedUnit } from '../../towns/quotaUnits';
import { cellValue, isHighTechZone, type CellValue } from '../../quotas/defaults';
import { FIELD_LABELS, QUOTA_FIELDS, STRONG_TOWN_DEMO, YEARS, cellKey, citation, type QuotaField, type Year } from '../../quotas/model';
import { parseCount } from '../../quotas/parseCount';
import { sumField } from '../../quotas/sums';
import { useQuotaStore } from '../../quotas/store';
import { canEditCell, canEditMarks, useSharedStore } from '../../quotas/shared/sharedStore';
import { cellTitle } from '../shared/format';
import { ValueText } from './ValueText';
import './quotas.css';
import { quotaPanelMessages as m } from '../../i18n/catalogue/panels-quotas';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';
import { unmappedNote } from '../names';
import { QuotedText } from '../../i18n/QuotedText';

export interface QuotaTableProps {
  /** Fields shown at first; the user can show or hide each. */
  initialFields?: readonly QuotaField[];
  years?: readonly Year[];
}

interface DataCol {
  id: string; // 'landing_quota:2025'
  field: QuotaField;
  year: Year;
}

type SortKey = 'name' | 'strong' | string; // or a DataCol id
type SortDir = 'ascending' | 'descending';
const STRONG = 'strong';

interface Editing {
  town: string;
  col: DataCol;
  text: string;
  initial: string;
  error: string | null;
}

/**
 * The quotas and actuals of the 35 units and 滨海湾新区 (no polygon; no default), editable from the keyboard: arrow keys move, Enter or F2
 * edits (or just type a digit), Enter commits and moves down, Tab commits and moves right, Escape
 * cancels, Delete clears an entered value.
 */
export function QuotaTable({ initialFields = ['discovery_quota', 'landing_quota'], years = YEARS }: QuotaTableProps) {
  const data = useQuotaStore((s) => s.data);
  const setValue = useQuotaStore((s) => s.setValue);
  const setStrongTown = useQuotaStore((s) => s.setStrongTown);
  // In server mode: what the signed-in user may change, and who changed each cell last.
  const sharedMode = useSharedStore((s) => s.mode);
  const sharedUser = useSharedStore((s) => s.user);
  const t = useT();
  const meta = useSharedStore((s) => s.meta);
  const focusCell = useSharedStore((s) => s.focusCell);
  const editable = (town: string, field: QuotaField) => canEditCell({ mode: sharedMode, user: sharedUser }, town, field);
  const marksEditable = canEditMarks({ mode: sharedMode });

  const [fields, setFields] = useState<QuotaField[]>(() => QUOTA_FIELDS.filter((f) => initialFields.includes(f)));
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir } | null>(null);
  const [active, setActive] = useState<{ town: string; col: string }>({ town: QUOTA_UNIT_NAMES[0], col: STRONG });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState('');
  const editingRef = useRef<Editing | null>(null);
  const focusRequest = useRef<{ town: string; col: string } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const idBase = useId();
  const keyId = `${idBase}-key`;
  const errorId = `${idBase}-err`;

  const cols: DataCol[] = useMemo(
    () => fields.flatMap((field) => years.map((year) => ({ id: `${field}:${year}`, field, year }))),
    [fields, years],
  );
  const navCols = useMemo(() => [STRONG, ...cols.map((c) => c.id)], [cols]);

  // Every shown value and column total, worked out once per change of the data or the columns
  // (not on every render: an edit in progress re-renders the table at each keystroke).
  const cells = useMemo(
    () => new Map(cols.map((c) => [c.id, new Map(QUOTA_UNIT_NAMES.map((town) => [town, cellValue(data, town, c.year, c.field)]))])),
    [data, cols],
  );
  const totals = useMemo(() => new Map(cols.map((c) => [c.id, sumField(data, c.year, c.field)])), [data, cols]);
  const cellAt = (town: string, col: string): CellValue => cells.get(col)!.get(town)!;

  const rows = useMemo(() => {
    if (!sort) return [...QUOTA_UNIT_NAMES];
    const factor = sort.dir === 'ascending' ? 1 : -1;
    const key = (town: string): number | string | null => {
      if (sort.key === 'name') return quotaUnitFact(town)?.shortName ?? town;
      if (sort.key === STRONG) return isHighTechZone(data, town) ? 2 : data.strongTowns.includes(town) ? 1 : 0;
      return cells.get(sort.key)?.get(town)?.value ?? null;
    };
    return [...QUOTA_UNIT_NAMES].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1; // unset last either way
      if (typeof ka === 'string' && typeof kb === 'string') return factor * ka.localeCompare(kb, 'zh-CN');
      return factor * ((ka as number) - (kb as number));
    });
  }, [sort, data, cells]);

  useEffect(() => {
    const target = focusRequest.current;
    if (!target || !tableRef.current) return;
    focusRequest.current = null;
    const el = tableRef.current.querySelector<HTMLElement>(`[data-cell="${target.town}|${target.col}"]`);
    el?.focus();
  });

  // Keep the active cell on a column that still exists.
  const activeCol = navCols.includes(active.col) ? active.col : STRONG;

  function activate(town: string, col: string) {
    setActive({ town, col });
    const dataCol = cols.find((c) => c.id === col);
    if (dataCol) focusCell(town, dataCol.year, dataCol.field);
  }

  /** Says why the signed-in user cannot change this cell. */
  function refuseEdit(town: string, col: DataCol) {
    const reason = !sharedUser ? t(m.refuseSignIn) : sharedUser.role === 'viewer' ? t(m.refuseViewer) : t(m.refuseTown, { unit: displayTownName(sharedUser.unit ?? '') });
    setStatus(t(m.cannotChange, { cell: t(m.cell, { town: displayTownName(town), year: col.year, field: FIELD_LABELS[col.field] }), reason }));
  }

  function moveTo(town: string, col: string) {
    activate(town, col);
    focusRequest.current = { town, col };
  }

  function neighbour(town: string, col: string, dRow: number, dCol: number, wrap = false): { town: string; col: string } {
    let r = rows.indexOf(town);
    let c = navCols.indexOf(col) + dCol;
    if (wrap && c >= navCols.length) {
      c = 1;
      r += 1;
    } else if (wrap && c < 1) {
      c = navCols.length - 1;
      r -= 1;
    }
    r = Math.max(0, Math.min(rows.length - 1, r + dRow));
    c = Math.max(0, Math.min(navCols.length - 1, c));
    return { town: rows[r], col: navCols[c] };
  }

  /** The editor's state lives in a ref too, so that key and blur handlers see the latest text. */
  function updateEditing(next: Editing | null) {
    editingRef.current = next;
    setEditing(next);
  }

  function startEditing(town: string, col: DataCol, text?: string) {
    if (!editable(town, col.field)) {
      refuseEdit(town, col);
      return;
    }
    const current = cellAt(town, col.id).value;
    const initial = current === null ? '' : String(current);
    updateEditing({ town, col, text: text ?? initial, initial, error: null });
    setStatus('');
  }

  /** Closes the editor, writing the value if it was changed. */
  function finish(e: Editing, value: number | null) {
    updateEditing(null);
    if (e.text.trim() !== e.initial) setValue(e.town, e.col.year, e.col.field, value, e.initial === '' ? null : Number(e.initial));
  }

  /** Writes the edit if valid; returns false (and shows why, keeping the editor open) if not. */
  function commit(e: Editing): boolean {
    const parsed = parseCount(e.text);
    if (!parsed.ok) {
      updateEditing({ ...e, error: parsed.reason });
      return false;
    }
    finish(e, parsed.value);
    return true;
  }

  function onEditorKey(event: KeyboardEvent<HTMLInputElement>) {
    const e = editingRef.current;
    if (!e || event.nativeEvent.isComposing) return;
    event.stopPropagation();
    const here = { town: e.town, col: e.col.id };
    const go = (dRow: number, dCol: number, wrap = false) => {
      if (!commit(e)) return;
      const n = neighbour(here.town, here.col, dRow, dCol, wrap);
      moveTo(n.town, n.col);
    };
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        go(1, 0);
        break;
      case 'Tab':
        event.preventDefault();
        go(0, event.shiftKey ? -1 : 1, true);
        break;
      case 'ArrowUp':
        event.preventDefault();
        go(-1, 0);
        break;
      case 'ArrowDown':
        event.preventDefault();
        go(1, 0);
        break;
      case 'Escape':
        event.preventDefault();
        updateEditing(null);
        moveTo(here.town, here.col);
        break;
    }
  }

  function onEditorBlur() {
    const e = editingRef.current;
    if (!e) return;
    const parsed = parseCount(e.text);
    if (parsed.ok) {
      finish(e, parsed.value);
    } else {
      updateEditing(null);
      setStatus(t(m.notSaved, { cell: t(m.cell, { town: displayTownName(e.town), year: e.col.year, field: FIELD_LABELS[e.col.field] }), reason: parsed.reason }));
    }
  }

  function onCellKey(event: KeyboardEvent<HTMLElement>, town: string, col: string) {
    if (editingRef.current) return;
    const dataCol = cols.find((c) => c.id === col);
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (event.key in moves) {
      event.preventDefault();
      const [dr, dc] = moves[event.key];
      const n = neighbour(town, col, dr, dc);
      moveTo(n.town, n.col);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(town, event.key === 'Home' ? navCols[0] : navCols[navCols.length - 1]);
    } else if (!dataCol) {
      return; // the 创新强镇 checkbox handles Space itself
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(town, dataCol);
    } else if (/^[0-9０-９]$/.test(event.key)) {
      event.preventDefault();
      startEditing(town, dataCol, event.key);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (editable(town, dataCol.field)) setValue(town, dataCol.year, dataCol.field, null);
      else refuseEdit(town, dataCol);
    }
  }

  function toggleSort(key: SortKey) {
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: key === 'name' ? 'ascending' : 'descending' }));
  }

  function sortHeader(key: SortKey, label: ReactNode) {
    return <SortHeader key={key} label={label} dir={sort?.key === key ? sort.dir : undefined} onSort={() => toggleSort(key)} />;
  }

  const strongCount = data.strongTowns.length;

  return (
    <div className="qt-panel qt-table-panel">
      <fieldset className="qt-fields">
        <legend>{t(m.columns)}</legend>
        {QUOTA_FIELDS.map((f) => (
          <label key={f}>
            <input
              type="checkbox"
              checked={fields.includes(f)}
              onChange={(e) => setFields((cur) => QUOTA_FIELDS.filter((x) => (x === f ? e.target.checked : cur.includes(x))))}
            />{' '}
            {FIELD_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <p className="qt-key" id={keyId}>
        <span className="qt-entered">{t(m.keyBold)}</span>
        {t(m.keyEntered)}
        <span className="qt-default">{t(m.keyItalic)}</span>
        {t(m.keyDefault)}
        <span className="qt-unset">{t(m.unset)}</span>
        {t(m.keyUnset)}
      </p>
      <p className="qt-key" data-note="strong-town-demo">
        <QuotedText text={t(m.strongTownDemo, { text: STRONG_TOWN_DEMO.text, source: citation(STRONG_TOWN_DEMO.source) })} />
      </p>
      <p role="status" className="qt-error">
        {status}
      </p>
      <div className="qt-table-wrap">
        <table ref={tableRef} aria-label={t(m.tableLabel)} aria-describedby={keyId} className="qt-table">
          <thead>
            <tr>
              {sortHeader('name', t(m.town))}
              {sortHeader(STRONG, t(m.strongTown))}
              {cols.map((c) =>
                sortHeader(
                  c.id,
                  <>
                    <span>{FIELD_LABELS[c.field]}</span> <span>{c.year}</span>
                  </>,
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((town) => {
              const isActive = (col: string) => active.town === town && activeCol === col;
              return (
                <tr key={town}>
                  <th scope="row">
                    {displayTownName(town)}
                    {unmappedUnit(town) && (
                      <>
                        {' '}
                        <small className="qt-unmapped" title={unmappedNote(unmappedUnit(town)!)}>
                          {t(m.noBoundary)}
                        </small>
                      </>
                    )}
                  </th>
                  {isHighTechZone(data, town) ? (
                    <td
                      className="qt-strong"
                      data-cell={`${town}|${STRONG}`}
                      tabIndex={isActive(STRONG) ? 0 : -1}
                      title={t(m.zoneTitle)}
                      onKeyDown={(e) => onCellKey(e, town, STRONG)}
                      onClick={() => setActive({ town, col: STRONG })}
                    >
                      {t(m.zone)}
                    </td>
                  ) : (
                    <td className="qt-strong">
                      <input
                        type="checkbox"
                        aria-label={t(m.strongTownOf, { town: displayTownName(town) })}
                        data-cell={`${town}|${STRONG}`}
                        tabIndex={isActive(STRONG) ? 0 : -1}
                        checked={data.strongTowns.includes(town)}
                        disabled={!marksEditable}
                        title={marksEditable ? undefined : t(m.marksNotShared)}
                        onChange={(e) => setStrongTown(town, e.target.checked)}
                        onKeyDown={(e) => onCellKey(e, town, STRONG)}
                        onFocus={() => activate(town, STRONG)}
                      />
                    </td>
                  )}
                  {cols.map((c) => {
                    const ed = editing && editing.town === town && editing.col.id === c.id ? editing : null;
                    const cellMeta = sharedMode === 'server' ? meta[cellKey(town, c.year, c.field)] : undefined;
                    return (
                      <td
                        key={c.id}
                        className={sharedMode === 'server' && !editable(town, c.field) ? 'qt-cell sh-readonly' : 'qt-cell'}
                        title={cellMeta ? cellTitle(cellMeta) : undefined}
                        data-cell={ed ? undefined : `${town}|${c.id}`}
                        tabIndex={ed ? undefined : isActive(c.id) ? 0 : -1}
                        onKeyDown={(e) => onCellKey(e, town, c.id)}
                        onClick={() => activate(town, c.id)}
                        onFocus={() => !ed && activate(town, c.id)}
                        onDoubleClick={() => startEditing(town, c)}
                      >
                        {ed ? (
                          <>
                            <input
                              aria-label={t(m.cell, { town: displayTownName(town), year: c.year, field: FIELD_LABELS[c.field] })}
                              aria-invalid={ed.error ? true : undefined}
                              aria-describedby={ed.error ? errorId : undefined}
                              inputMode="numeric"
                              autoFocus
                              value={ed.text}
                              onChange={(e) => updateEditing({ ...ed, text: e.target.value, error: null })}
                              onKeyDown={onEditorKey}
                              onBlur={onEditorBlur}
                            />
                            {ed.error && (
                              <span id={errorId} className="qt-cell-error" role="alert">
                                {t(m.keptValue, { error: ed.error })}
                              </span>
                            )}
                          </>
                        ) : (
                          <ValueText cell={cellAt(town, c.id)} status={cellMeta?.status} />
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t(m.total)}</th>
              <td>{strongCount ? t(m.count, { count: strongCount }) : '—'}</td>
              {cols.map((c) => {
                const s = totals.get(c.id)!;
                return (
                  <td key={c.id} data-total={c.id}>
                    {s.setCount === 0 ? <span className="qt-unset">{t(m.unset)}</span> : s.total}
                    {s.setCount > 0 && s.unsetTowns.length > 0 && <small>{t(m.unsetCount, { count: s.unsetTowns.length })}</small>}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

function SortHeader({ label, dir, onSort }: { label: ReactNode; dir: SortDir | undefined; onSort: () => void }) {
  return (
    <th scope="col" aria-sort={dir ?? 'none'}>
      <button type="button" className="qt-sort" onClick={onSort}>
        {label}
        {dir && (
          <span className="qt-sort-mark" aria-hidden="true">
            {dir === 'ascending' ? '▲' : '▼'}
          </span>
        )}
      </button>
    </th>
  );
}
