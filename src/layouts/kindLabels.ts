/** Chinese names of element kinds, draw styles and role kinds (the editor, the change list, the briefing). */
import type { DrawStyle, ElementKind, RoleKind } from './types';

export const ELEMENT_KIND_LABEL: Record<ElementKind, string> = {
  core: '核心',
  belt: '产业带',
  cluster: '集群（多节点）',
  subcluster: '子集群',
  'science-city': '科学城',
  corridor: '走廊（轴线）',
  region: '片区（区域）',
  base: '基地',
  pianqu: '片区',
  platform: '平台',
};

export const DRAW_STYLE_LABEL: Record<DrawStyle, string> = {
  zone: '区域（填色）',
  nodes: '节点（标记）',
  axis: '轴线（按顺序连线）',
  base: '基地（圆点，按面积）',
};

export const ROLE_KIND_LABEL: Record<RoleKind, string> = {
  core: '核心',
  node: '节点',
  rnd: '研发中心',
  manufacturing: '制造基地',
  assembly: '整车',
  components: '关键零部件',
  focus: '重点区域',
  member: '成员',
  site: '基地所在',
};
