import { beforeEach, describe, expect, it } from 'vitest';
import { effectiveValue } from './defaults';
import { emptyQuotaData, type QuotaData } from './model';
import { parseQuotaCsv } from './csvImport';
import { exportScenario } from './scenario';
import { applyImport, previewImport, revert, setStrongTown, setValue, type ImportRow } from './operations';
import { loadScenario } from './loadScenario';
import { resetQuotaStore, useQuotaStore } from './store';

const row = (town: string, value: number, field: ImportRow['field'] = 'landing_quota', year: ImportRow['year'] = 2025, line = 2): ImportRow => ({
  town,
  year,
  field,
  value,
  line,
});

beforeEach(() => resetQuotaStore());

describe('previewImport / applyImport (pure)', () => {
  it('lists each change from what is shown to the new value, and counts rows that change nothing', () => {
    const data = setValue(emptyQuotaData(), '长安镇', 2025, 'landing_quota', 10);
    const p = previewImport(data, [row('长安镇', 12), row('虎门镇', 5, 'discovery_quota'), row('厚街镇', 7, 'discovery_quota')]);
    expect(p.unchanged).toBe(1); // 虎门镇's default is already 5
    expect(p.changes).toEqual([
      { town: '长安镇', year: 2025, field: 'landing_quota', line: 2, from: 10, fromDefault: false, to: 12 },
      { town: '厚街镇', year: 2025, field: 'discovery_quota', line: 2, from: 5, fromDefault: true, to: 7 },
    ]);
  });

  it('keeps a default a default when the imported value equals it', () => {
    const { data } = applyImport(emptyQuotaData(), [row('虎门镇', 5, 'discovery_quota')]);
    expect(data.values).toEqual({});
  });

  it('leaves cells no row names untouched, and revert gives back the exact state', () => {
    let before: QuotaData = setValue(emptyQuotaData(), '长安镇', 2025, 'landing_quota', 10);
    before = setValue(before, '虎门镇', 2026, 'discovery_actual', 3);
    before = setStrongTown(before, '塘厦镇', true);
    const { data, undo } = applyImport(before, [row('长安镇', 12), row('中堂镇', 4)]);
    expect(effectiveValue(data, '长安镇', 2025, 'landing_quota')).toBe(12);
    expect(effectiveValue(data, '中堂镇', 2025, 'landing_quota')).toBe(4);
    expect(effectiveValue(data, '虎门镇', 2026, 'discovery_actual')).toBe(3);
    expect(undo.replaced).toEqual([
      { key: '长安镇|2025|landing_quota', before: 10, after: 12 },
      { key: '中堂镇|2025|landing_quota', before: null, after: 4 },
    ]);
    expect(revert(data, undo)).toEqual(before);
  });
});

describe('useQuotaStore', () => {
  it('applies an import and undoes it exactly', () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 10);
    s.setStrongTown('石龙镇', true);
    const before = useQuotaStore.getState().data;
    const csv = '镇街,年份,指标,数值\n长安,2025,落地指标,30\n石龙,2025,发现指标,40\n莞城,2026,发现实际,2\n';
    expect(useQuotaStore.getState().applyImport(parseQuotaCsv(csv).rows)).toBe(3);
    expect(effectiveValue(useQuotaStore.getState().data, '石龙镇', 2025, 'discovery_quota')).toBe(40);
    useQuotaStore.getState().undoImport();
    expect(useQuotaStore.getState().data).toEqual(before);
    expect(useQuotaStore.getState().undo).toBeNull();
  });

  it('offers no undo once something else changed after the import', () => {
    const s = useQuotaStore.getState();
    s.applyImport([row('长安镇', 30)]);
    expect(useQuotaStore.getState().undo?.action).toBe('import');
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 31);
    expect(useQuotaStore.getState().undo).toBeNull();
    useQuotaStore.getState().undoImport(); // nothing to undo: the edit stays
    expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(31);
  });

  it('records no undo for an import that changes nothing', () => {
    expect(useQuotaStore.getState().applyImport([row('虎门镇', 5, 'discovery_quota')])).toBe(0);
    expect(useQuotaStore.getState().undo).toBeNull();
  });

  it('loads a scenario (JSON text) and can undo the load; a bad one changes nothing', () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 10);
    const before = useQuotaStore.getState().data;
    const other = setStrongTown(setValue(emptyQuotaData(), '虎门镇', 2027, 'landing_actual', 9), '厚街镇', true);
    expect(loadScenario(exportScenario(other))).toEqual({ ok: true });
    expect(useQuotaStore.getState().data).toEqual(other);
    useQuotaStore.getState().undoImport();
    expect(useQuotaStore.getState().data).toEqual(before);

    const bad = loadScenario('{"format": "dgmap-quota-scenario", ');
    expect(bad.ok).toBe(false);
    expect(useQuotaStore.getState().data).toEqual(before);
  });

  it('resets to defaults, and the reset can be undone', () => {
    const s = useQuotaStore.getState();
    s.setValue('长安镇', 2025, 'landing_quota', 10);
    s.setStrongTown('长安镇', true);
    const before = useQuotaStore.getState().data;
    useQuotaStore.getState().resetToDefaults();
    expect(useQuotaStore.getState().data).toEqual(emptyQuotaData());
    useQuotaStore.getState().undoImport();
    expect(useQuotaStore.getState().data).toEqual(before);
  });
});
