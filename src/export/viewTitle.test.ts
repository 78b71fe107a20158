import { describe, expect, it } from 'vitest';
import { emptyMapState } from '../state/mapState';
import { describeView } from './viewTitle';

const base = emptyMapState();

describe('describeView: an export says what it shows', () => {
  it('layers of one plan: the plan and the elements', () => {
    const words = describeView({ ...base, overlays: [{ id: 'belt-west', opacity: 1 }, { id: 'belt-east', opacity: 1 }] });
    expect(words.title).toBe('一核三带十区：西部高端高新产业带、东部智能制造产业带');
    expect(words.subject).toBe('一核三带十区');
  });

  it('one element: its name is the subject', () => {
    expect(describeView({ ...base, overlays: [{ id: 'base-yinping', opacity: 1 }] }).subject).toBe('银瓶高端装备产业基地');
  });

  it('no layers: the fill, then the selected towns, then the city', () => {
    expect(describeView({ ...base, fillLegend: { title: '2025 年发现指标', label: '指标图例', rows: [] } }).title).toBe('2025 年发现指标');
    expect(describeView({ ...base, selected: ['长安镇'] })).toEqual({ title: '东莞市 · 长安', subject: '长安' });
    expect(describeView(base)).toEqual({ title: '东莞市镇街', subject: '东莞市' });
  });
});
