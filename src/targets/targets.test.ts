import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_FYP14 as SEED_FYP14_FILE, SEED_PLAN2018 as SEED_PLAN2018_FILE } from '../layouts/documents';
import {
  ACTION_PLAN_TABLE,
  ACTUALS_2020,
  BAIQIANWAN_TABLE,
  CLUSTER_GOALS,
  FYP14_PROGRAMME_TARGETS,
  FYP14_TARGETS,
  INDUSTRY_TARGETS,
  PLAN_PERIODS,
  TARGET_TABLES,
  rowBars,
} from './targets';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const lines = (seed: string) => readFileSync(resolve(SEEDS, seed), 'utf8').split('\n');
const flat = (seed: string) => readFileSync(resolve(SEEDS, seed), 'utf8').replace(/\s+/g, '');

/** Written by hand from the seeds: indicator → [unit as printed, figures as printed]. */
const SEED000_TABLE1: [string, string, string][] = [
  ['全社会研发投入强度', '%', '3.59左右'],
  ['基础研究与应用研究占全社会研发投入强度', '%', '5左右'],
  ['每万人研发人员全时当量', '人年', '120'],
  ['每万人口高价值发明专利拥有量', '件', '26.9'],
  ['海外发明专利授权量', '件', '1万（累计）'],
  ['技术合同成交额', '亿元', '150'],
  ['高技术制造业增加值占规上工业增加值比重', '%', '42'],
  ['国家级高新技术企业数量', '%', '8000'],
  ['公民具备科学素质比例', '%', '17'],
];

const SEED001_TABLE1: [string, string, string, string, string][] = [
  ['新一代信息技术产业产值', '亿元', '≈ 5800', '> 11000', '> 24000'],
  ['高端装备制造产业产值', '亿元', '≈ 3000', '> 5500', '> 11000'],
  ['新材料产业产值', '亿元', '≈ 660', '> 1200', '> 2000'],
  ['新能源产业产值', '亿元', '≈ 600', '> 1100', '> 2000'],
  ['生命科学和生物技术产业产值', '亿元', '≈ 200', '> 500', '> 1000'],
  ['五大产业总产值', '亿元', '≈ 10200', '> 19000', '> 40000'],
  ['国家高新技术企业数量', '家', '4058', '6000', '10000'],
  ['专利授权数量', '万件', '4.5', '6.8', '13.8'],
  ['发明专利授权数量', '件', '4969', '> 7500', '> 15000'],
  ['创新创业领军人才', '人', '70', '100', '175'],
  ['R&D支出占GDP比重', '%', '2.6', '2.9', '3.4'],
];

describe('the plans’ own targets', () => {
  it('lists every row of seed 000 表 1 with year 2025, unit and source; the unit printed as % for a count is corrected and noted', () => {
    expect(FYP14_TARGETS.rows.map((r) => r.indicator)).toEqual(SEED000_TABLE1.map((r) => r[0]));
    expect(FYP14_TARGETS.source.section).toContain('表 1');
    const seed = lines(FYP14_TARGETS.source.seed);
    for (const [indicator, printedUnit, figure] of SEED000_TABLE1) {
      const row = FYP14_TARGETS.rows.find((r) => r.indicator === indicator)!;
      expect(row.values).toEqual([expect.objectContaining({ year: 2025, text: figure })]);
      const line = seed.find((l) => l.includes(` ${indicator} `))!;
      expect(line, indicator).toContain(`${printedUnit} ${figure}`);
      if (row.unit !== printedUnit) expect(row.note, indicator).toMatch(/原文单位印作“%”/);
    }
    expect(FYP14_TARGETS.rows.find((r) => r.indicator === '国家级高新技术企业数量')!.unit).toBe('家');
  });

  it('lists every row of seed 001 表 1 with 2017, 2020 and 2025 figures exactly as printed', () => {
    expect(INDUSTRY_TARGETS.rows.map((r) => r.indicator)).toEqual(SEED001_TABLE1.map((r) => r[0]));
    const seed = lines(INDUSTRY_TARGETS.source.seed);
    for (const [indicator, unit, a, b, c] of SEED001_TABLE1) {
      const row = INDUSTRY_TARGETS.rows.find((r) => r.indicator === indicator)!;
      expect(row.unit).toBe(unit);
      expect(row.values.map((x) => [x.year, x.text])).toEqual([
        [2017, a],
        [2020, b],
        [2025, c],
      ]);
      expect(row.values[0].baseline).toBe(true);
      const line = seed.find((l) => l.split('\t').includes(indicator))!;
      expect(line.split('\t').slice(3, 7)).toEqual([unit, a, b, c]);
    }
  });

  it('has the cluster goals (2 万亿级, 3 千亿级) as seed 001 states them', () => {
    const text = flat(CLUSTER_GOALS.source.seed);
    expect(text).toContain('培育发展2个万亿级产业集群、3个千亿级产业集群');
    expect(CLUSTER_GOALS.rows.slice(0, 2).map((r) => [r.indicator, r.values[0].text])).toEqual([
      ['万亿级产业集群', '2'],
      ['千亿级产业集群', '3'],
    ]);
  });

  it('quotes the 百千万 and action-plan indicators from their seeds', () => {
    for (const t of [BAIQIANWAN_TABLE, ACTION_PLAN_TABLE]) {
      const text = flat(t.source.seed);
      for (const r of t.rows) expect(text.includes(r.indicator), `${t.id}: ${r.indicator}`).toBe(true);
    }
    expect(ACTION_PLAN_TABLE.rows.find((r) => r.id === 'landing')!.values.map((x) => x.text)).toEqual(['≥100', '≥80', '≥80']);
    // How the three-year 260 is read: the plan's sentence joins landing and needs; the yearly landing targets sum to it.
    expect(flat(ACTION_PLAN_TABLE.source.seed)).toContain('累计培育转化落地科技成果和挖掘企业真实技术需求合计不少于260项');
    expect(ACTION_PLAN_TABLE.rows.find((r) => r.id === 'landing')!.note).toMatch(/260.*挖掘企业真实技术需求.*100 \+ 80 \+ 80/);
  });

  it('gives every table a source with document, section and seed, and every row a unit', () => {
    for (const t of TARGET_TABLES) {
      expect(t.source.document && t.source.section && t.source.seed, t.id).toBeTruthy();
      for (const r of t.rows) expect(r.unit.trim(), `${t.id} ${r.id}`).not.toBe('');
    }
  });

  it('draws bars against the final target, or cumulatively against a multi-year total', () => {
    const ngit = rowBars(INDUSTRY_TARGETS.rows[0]);
    expect(ngit.map((b) => b.year)).toEqual([2017, 2020, 2025]);
    expect(ngit[2].share).toBe(1);
    expect(ngit[0].share).toBeCloseTo(5800 / 24000);
    const landing = rowBars(ACTION_PLAN_TABLE.rows.find((r) => r.id === 'landing')!);
    expect(landing.map((b) => Math.round(b.share * 260))).toEqual([100, 180, 260]);
    expect(rowBars(FYP14_TARGETS.rows[0])).toEqual([]);
    expect(rowBars(ACTION_PLAN_TABLE.rows.find((r) => r.id === 'discovery')!)).toEqual([]);
  });

  it('has the four plan periods for the timeline', () => {
    expect(PLAN_PERIODS.map((p) => [p.start, p.end])).toEqual([
      [2018, 2025],
      [2021, 2025],
      [2023, 2025],
      [2025, 2027],
    ]);
  });
});

/** Written by hand from seed 000's chapters: row id → the sentence's words as printed (spaces removed). */
const SEED000_PROGRAMMES: [string, string][] = [
  ['firm-rd', '高企研发投入金额达到1150亿元以上'],
  ['top100-firms', '全市百强创新型企业达到100家'],
  ['top100-revenue', '百强瞪羚创新型企业营业收入规模超过3000亿元'],
  ['new-listed', '全市新增上市高新技术企业数量达到30家'],
  ['incubated-firms', '孵化国家高新技术企业500家以上'],
  ['postgraduates', '累计引进联合培养与实践研究生达到3500名'],
  ['postgraduates-staying', '留莞就业/创业的比例达30%以上'],
  ['incubator-coverage', '实现科技企业孵化器全镇域覆盖'],
];

const shown = (tableId: string, rowId: string) => TARGET_TABLES.find((t) => t.id === tableId)!.rows.find((r) => r.id === rowId)!;

describe('what seed 000 states beyond 表 1, and where the two plans differ', () => {
  it('shows seed 000’s other 2025 targets, each indicator and figure found in the seed, each with its section', () => {
    const text = flat(FYP14_PROGRAMME_TARGETS.source.seed);
    expect(FYP14_PROGRAMME_TARGETS.rows.map((r) => r.id)).toEqual(SEED000_PROGRAMMES.map((x) => x[0]));
    for (const [id, sentence] of SEED000_PROGRAMMES) {
      expect(text, id).toContain(sentence);
      const row = FYP14_PROGRAMME_TARGETS.rows.find((r) => r.id === id)!;
      expect(sentence, id).toContain(row.indicator);
      expect(row.values).toHaveLength(1);
      expect(row.values[0].year).toBe(2025);
      // The figure's digits (or words) as printed appear in the sentence, and so does the unit where it is one.
      const printed = row.values[0].text.replace(/以上|超过/g, '');
      expect(sentence, id).toContain(printed);
      if (['亿元', '家', '名', '%'].includes(row.unit)) expect(sentence, id).toContain(`${printed}${row.unit}`);
      expect(row.note, id).toMatch(/^第[五九十]章 [一二三]/);
    }
    expect(TARGET_TABLES).toContainEqual(expect.objectContaining({ id: 'fyp14-programmes' }));
  });

  it('puts a note beside both rows where the plans set different 2025 targets (高企 10000 vs 8000; R&D 3.4 vs 3.59左右)', () => {
    const s000 = lines(SEED_FYP14_FILE);
    const s001 = lines(SEED_PLAN2018_FILE);
    expect(s000.find((l) => l.includes(' 国家级高新技术企业数量 '))).toContain('8000');
    expect(s000.find((l) => l.includes(' 全社会研发投入强度 '))).toContain('3.59左右');
    expect(s001.find((l) => l.split('\t').includes('国家高新技术企业数量'))!.split('\t')).toContain('10000');
    expect(s001.find((l) => l.split('\t').includes('R&D支出占GDP比重'))!.split('\t')).toContain('3.4');
    expect(shown('fyp14-table1', 'high-tech-firms').note).toContain('与重点新兴产业规划不同：它定 2025 年“国家高新技术企业数量”为 10000家');
    expect(shown('plan2018-table1', 'high-tech-firms').note).toContain('与十四五规划不同：它定 2025 年“国家级高新技术企业数量”为 8000家');
    expect(shown('fyp14-table1', 'rd-intensity').note).toContain('与重点新兴产业规划不同：它定 2025 年“R&D支出占GDP比重”为 3.4%');
    expect(shown('plan2018-table1', 'rd-gdp').note).toContain('与十四五规划不同：它定 2025 年“全社会研发投入强度”为 3.59%左右');
    // The notes are added, not swapped for the row's own: the unit correction and growth rate stay.
    expect(shown('fyp14-table1', 'high-tech-firms').note).toMatch(/^原文单位印作“%”/);
    expect(shown('plan2018-table1', 'rd-gdp').note).toMatch(/^复合增长率 3\.4%/);
  });

  it('shows seed 000’s 2020 actuals (3.54%, 6385 家) beside seed 001’s 2020 targets (2.9, 6000)', () => {
    const text = flat(SEED_FYP14_FILE);
    expect(text).toContain('全社会研发投入占GDP比重从2015年的2.36%大幅提升至3.54%');
    expect(text).toContain('国家级高新技术企业数量达到6385家');
    const firms = shown('plan2018-table1', 'high-tech-firms');
    const rd = shown('plan2018-table1', 'rd-gdp');
    expect(firms.values.find((x) => x.year === 2020)!.text).toBe('6000');
    expect(rd.values.find((x) => x.year === 2020)!.text).toBe('2.9');
    expect(firms.note).toContain('2020 年实际 6385 家（十四五规划第一章 把握发展新态势 一、基础条件）');
    expect(rd.note).toContain('2020 年实际 3.54%');
    expect(ACTUALS_2020).toHaveLength(2);
  });
});
