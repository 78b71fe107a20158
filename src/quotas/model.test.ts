/** The quota model's words against the action plan's text (seed 004): who is assessed, who holds the city's share, how 260 reads. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BINHAIWAN_DEFAULT_NOTE,
  CITY_LEVEL_LABEL,
  CITY_TARGETS,
  DEPARTMENT_DISCOVERY_QUOTAS,
  KECHUANG_NOTE,
  STRONG_TOWN_DEMO,
  SOURCES,
  THREE_YEAR_TARGETS,
  TOWN_DUTIES,
  YEARS,
} from './model';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const flat = (seed: string) => readFileSync(resolve(SEEDS, seed), 'utf8').replace(/\s+/g, '');
const seed004 = flat(SOURCES.goals.seed);

describe('quota model against seed 004', () => {
  it('puts only the landing quotas into the yearly assessment, as the plan does', () => {
    expect(seed004).toContain('每年落地成果指标由科技局、相关镇街（园区）、相关科研平台根据自身科技资源基础负责，按年度通报并纳入年度镇街（园区）科技创新考核指标体系');
    // The plan says no such thing of the discovery targets.
    expect(seed004).not.toMatch(/发现[^。]{0,40}纳入年度镇街（园区）科技创新考核/);
    expect(TOWN_DUTIES.assessment).toMatch(/^落地指标按年度通报，纳入年度镇街（园区）科技创新考核指标体系/);
    expect(TOWN_DUTIES.assessment).toContain('没有写明发现指标纳入考核');
  });

  it('calls the city-level holders 市级层面（四部门及科创集团）: 科创集团 is a company', () => {
    expect(seed004).toContain('市级层面，市科技局、市发改局、市工信局、市投促局及科创集团');
    expect(seed004).toContain('东莞科技创新金融集团有限公司（以下简称“科创集团”）');
    expect(CITY_LEVEL_LABEL).toBe('市级层面（四部门及科创集团）');
    expect(DEPARTMENT_DISCOVERY_QUOTAS.map((d) => d.name)).toEqual(['市科技局', '市发改局', '市工信局', '市投促局', '科创集团']);
    expect(KECHUANG_NOTE).toContain('东莞科技创新金融集团有限公司');
    expect(DEPARTMENT_DISCOVERY_QUOTAS.reduce((a, d) => a + d.discovery, 0)).toBe(160);
  });

  it('says how the three-year 260 is read: the sentence joins landing and needs; it equals the yearly landing targets', () => {
    expect(seed004).toContain('累计培育转化落地科技成果和挖掘企业真实技术需求合计不少于260项');
    expect(YEARS.reduce((a, y) => a + CITY_TARGETS[y].landing, 0)).toBe(THREE_YEAR_TARGETS.landing);
    expect(THREE_YEAR_TARGETS.reading).toContain('260');
    expect(THREE_YEAR_TARGETS.reading).toContain('挖掘企业真实技术需求');
    expect(THREE_YEAR_TARGETS.reading).toContain('100 + 80 + 80');
  });

  it('ties seed 002’s 创新强镇示范镇 to the 创新强镇 marks, quoted with its section', () => {
    const seed002 = flat(STRONG_TOWN_DEMO.source.seed);
    expect(seed002).toContain(STRONG_TOWN_DEMO.quote);
    expect(seed002).toContain('2．创建科技创新示范镇');
    expect(STRONG_TOWN_DEMO.source.section).toContain('（四）2．创建科技创新示范镇');
    expect(STRONG_TOWN_DEMO.text).toContain('创新强镇示范镇');
  });

  it('says the discovery rule covers every 镇街（园区）, though 滨海湾新区 has no default', () => {
    expect(seed004).toContain('镇街（园区）层面，高新区和创新强镇各搜集');
    expect(seed004).toContain('其他镇街各搜集不少于5项');
    expect(BINHAIWAN_DEFAULT_NOTE).toContain('适用于每个镇街（园区）');
    expect(BINHAIWAN_DEFAULT_NOTE).toContain('不给它设默认值');
  });
});
