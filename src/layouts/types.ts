/**
 * The planning layouts as data. One renderer (src/map/layers/layoutLayers.ts) turns these
 * elements into MapLibre sources and layers, so adding an element is a data change only.
 */

/** How a fact is known; see ../shared/facts/layouts.md. */
export type FactKind = 'stated' | 'sourced' | 'derived';

/** A plan's id: the built-in plans' ('plan2018', 'fyp14', 'pianqu', 'platforms') or a planner's own. */
export type PlanId = string;

export type ElementKind =
  | 'core' // 一核
  | 'belt' // 三带
  | 'cluster' // 十区
  | 'subcluster' // 先进材料's three sub-clusters
  | 'science-city' // 一城
  | 'corridor' // 一廊
  | 'region' // 三区
  | 'base' // 七大基地 (多节点)
  | 'pianqu' // 六大片区
  | 'platform'; // 战略平台 (水乡新城, 滨海湾新区, ...)

/**
 * How the element is drawn:
 * - zone: filled union of its whole member towns, partial members hatched;
 * - nodes: role-specific markers at member towns' label points (clusters);
 * - axis: schematic line(s) through town label points (the corridor);
 * - base: one marker at the centroid of its towns' label points, sized by planned area.
 */
export type DrawStyle = 'zone' | 'nodes' | 'axis' | 'base';

export type RoleKind =
  | 'core' // 核心 / 创新源头
  | 'node' // 节点
  | 'rnd' // 研发中心
  | 'manufacturing' // 制造基地
  | 'assembly' // 整车
  | 'components' // 关键零部件
  | 'focus' // 重点区域
  | 'member' // plain membership (belts, 片区)
  | 'site'; // a base's site

export interface Member {
  town: string; // exact name from the boundary file, e.g. '松山湖管委会'
  coverage: 'whole' | 'partial';
  roleKind: RoleKind;
  role: string; // Chinese role label shown to users, e.g. '研发中心', '整车', '成员'
  /** The role in English (our translation); shown beside the Chinese where the role is a quote. */
  roleEn?: string;
  /**
   * Whose words the role is: 'quote' — the plan's own words (each part of the label, split at
   * 、（）, is found in the seed text; checked in the tests); 'paraphrase' — our summary, shown
   * marked as such; 'none' — plain membership, no role claimed ('成员').
   */
  roleWording: RoleWording;
  factKind: FactKind; // how this membership is known
}

export type RoleWording = 'quote' | 'paraphrase' | 'none';

export interface SourceRef {
  /** Absent when no document names the fact: then `uncited` says so. */
  document?: string; // e.g. '东莞市重点新兴产业发展规划（2018—2025年）'
  /** The document's title in English (our translation; the Chinese title stays the citation). */
  documentEn?: string;
  section?: string; // e.g. '五、发展布局'
  sectionEn?: string;
  seed?: string; // file in ../shared/seeds, e.g. '001_1638d4570d45b92e.txt'
  outside?: { name: string; date: string }[]; // dated outside sources for sourced facts
  /** What has no citation we can give (our words), shown as such instead of a made-up source. */
  uncited?: string;
  uncitedEn?: string;
}

export interface LayoutElement {
  id: string; // stable, kebab-case, e.g. 'belt-west'
  plan: PlanId;
  kind: ElementKind;
  parentId?: string; // e.g. sub-clusters point at their cluster
  nameZh: string;
  nameEn: string;
  draw: DrawStyle;
  members: Member[];
  source: SourceRef;
  factKind: FactKind; // the element as a whole
  description: string; // our own words, never a quote
  /** The description in English (our words too; a quote inside it keeps its Chinese in 「」). */
  descriptionEn?: string;
  /**
   * The plan's own words where it ends a list of towns with 等 (quoted exactly, checked against the
   * seed): the member list is then not exhaustive, and the card, legend and town page say so.
   */
  openList?: string[];
  /** The English beside each `openList` quote, in the same order. */
  openListEn?: string[];
  /** Named positionings or roles the plan gives the element, quoted exactly (e.g. a region's 定位). */
  positioning?: { label: string; labelEn?: string; quote: string; quoteEn?: string }[];
  color: string; // CSS hex
  figures?: {
    plannedArea?: { text: string; textEn?: string; km2?: number };
    leadIndustries?: string[];
    /** The lead industries in English, in the same order. */
    leadIndustriesEn?: string[];
    /** Other facts worth a line on the card (division code, area split), with their own kind in the text. */
    notes?: string[];
    notesEn?: string[];
  };
  /** For draw: 'axis': each polyline as an ordered list of towns whose label points it joins. */
  axisPaths?: string[][];
}

export interface PlanGroup {
  id: PlanId;
  nameZh: string; // e.g. '一核三带十区'
  /** English names (our translation); absent in a planner's plan written in Chinese only. */
  nameEn?: string; // e.g. 'One Core, Three Belts, Ten Zones'
  title: string; // e.g. '2018 一核三带十区'
  titleEn?: string;
  document: string;
  documentEn?: string;
  docNumber?: string; // 文号
  issuer?: string; // 印发机关
  issued?: string; // YYYY, YYYY-MM or YYYY-MM-DD
  period?: { start: number; end: number };
  /** A planner's draft, not yet in force. */
  draft?: boolean;
  /** Shipped with the app (src/plans/builtin); cannot be deleted, only copied. */
  builtin?: boolean;
}
