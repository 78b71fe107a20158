import { defineMessages } from '../messages';

/** The plan editor's words for element kinds, draw styles and member roles (loaded with the editor). */
export const elementKindMessages = defineMessages({
  core: { zh: '核心', en: 'Core' },
  belt: { zh: '产业带', en: 'Industry belt' },
  cluster: { zh: '集群（多节点）', en: 'Cluster (several nodes)' },
  subcluster: { zh: '子集群', en: 'Sub-cluster' },
  'science-city': { zh: '科学城', en: 'Science city' },
  corridor: { zh: '走廊（轴线）', en: 'Corridor (axis)' },
  region: { zh: '片区（区域）', en: 'District (zone)' },
  base: { zh: '基地', en: 'Base' },
  pianqu: { zh: '片区', en: 'District' },
  platform: { zh: '平台', en: 'Platform' },
});

export const drawStyleMessages = defineMessages({
  zone: { zh: '区域（填色）', en: 'Area (filled)' },
  nodes: { zh: '节点（标记）', en: 'Nodes (markers)' },
  axis: { zh: '轴线（按顺序连线）', en: 'Axis (a line through the towns in order)' },
  base: { zh: '基地（圆点，按面积）', en: 'Base (a circle sized by area)' },
});

export const roleKindMessages = defineMessages({
  core: { zh: '核心', en: 'Core' },
  node: { zh: '节点', en: 'Node' },
  rnd: { zh: '研发中心', en: 'R&D centre' },
  manufacturing: { zh: '制造基地', en: 'Manufacturing base' },
  assembly: { zh: '整车', en: 'Vehicle assembly' },
  components: { zh: '关键零部件', en: 'Key components' },
  focus: { zh: '重点区域', en: 'Focus area' },
  member: { zh: '成员', en: 'Member' },
  site: { zh: '基地所在', en: 'Site of the base' },
});
