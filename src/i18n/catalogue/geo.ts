import { defineMessages } from '../messages';

/** Coordinate systems a boundary file may arrive in (src/geo/pipeline/crs.ts), by code. */
export const crsMessages = defineMessages({
  'EPSG:3857': { zh: 'Web 墨卡托 (EPSG:3857)', en: 'Web Mercator (EPSG:3857)' },
  'EPSG:4547': { zh: 'CGCS2000 3度带高斯-克吕格 中央经线114°E (EPSG:4547)', en: 'CGCS2000 3-degree Gauss-Krüger, central meridian 114°E (EPSG:4547)' },
  'EPSG:4526': { zh: 'CGCS2000 3度带高斯-克吕格 第38带 (EPSG:4526)', en: 'CGCS2000 3-degree Gauss-Krüger, zone 38 (EPSG:4526)' },
  'EPSG:4546': { zh: 'CGCS2000 3度带高斯-克吕格 中央经线111°E (EPSG:4546)', en: 'CGCS2000 3-degree Gauss-Krüger, central meridian 111°E (EPSG:4546)' },
  'EPSG:4525': { zh: 'CGCS2000 3度带高斯-克吕格 第37带 (EPSG:4525)', en: 'CGCS2000 3-degree Gauss-Krüger, zone 37 (EPSG:4525)' },
  'EPSG:4508': { zh: 'CGCS2000 6度带高斯-克吕格 中央经线111°E (EPSG:4508)', en: 'CGCS2000 6-degree Gauss-Krüger, central meridian 111°E (EPSG:4508)' },
  'EPSG:4499': { zh: 'CGCS2000 6度带高斯-克吕格 第19带 (EPSG:4499)', en: 'CGCS2000 6-degree Gauss-Krüger, zone 19 (EPSG:4499)' },
  'EPSG:4509': { zh: 'CGCS2000 6度带高斯-克吕格 中央经线117°E (EPSG:4509)', en: 'CGCS2000 6-degree Gauss-Krüger, central meridian 117°E (EPSG:4509)' },
  'EPSG:4500': { zh: 'CGCS2000 6度带高斯-克吕格 第20带 (EPSG:4500)', en: 'CGCS2000 6-degree Gauss-Krüger, zone 20 (EPSG:4500)' },
  'GCJ-02': { zh: 'GCJ-02（国测局“火星”坐标，高德/腾讯地图）', en: 'GCJ-02 (the national survey bureau’s offset “Mars” coordinates of Amap and Tencent Maps)' },
  'BD-09': { zh: 'BD-09（百度地图坐标）', en: 'BD-09 (Baidu Maps coordinates)' },
});

/** The boundary pipeline's stages and findings (src/geo/pipeline), shown in the boundary import. */
export const pipelineMessages = defineMessages({
  stageMatch: { zh: '匹配镇街', en: 'Matching towns' },
  stageCrs: { zh: '识别坐标系', en: 'Recognising the coordinate system' },
  stageRings: { zh: '检查边界环', en: 'Checking boundary rings' },
  stageReference: { zh: '与参考边界比较', en: 'Comparing with the reference boundaries' },
  stageSnap: { zh: '吸附顶点、建立拓扑', en: 'Snapping vertices, building the topology' },
  stageThin: { zh: '预简化密集边界', en: 'Thinning dense boundaries' },
  stageAreas: { zh: '面积、重叠与重复', en: 'Areas, overlaps and duplicates' },
  stageZones: { zh: '生成区域与轮廓', en: 'Building zones and the outline' },
  stageSimplify: { zh: '按容差简化', en: 'Simplifying to the tolerance' },
  stageDistances: { zh: '距离表', en: 'Distance table' },
  stageDone: { zh: '完成', en: 'Done' },
  geographic: { zh: 'WGS-84 / CGCS2000 经纬度', en: 'WGS-84 / CGCS2000 longitude and latitude' },
  notCollection: {
    zh: '{file} 不是 GeoJSON FeatureCollection（缺少 "type": "FeatureCollection" 或 "features"）。请导出为 GeoJSON 要素集合。',
    en: '{file} is not a GeoJSON FeatureCollection (no "type": "FeatureCollection" or "features"). Export it as a GeoJSON feature collection.',
  },
  tooManyFeatures: {
    zh: '{file} 有 {count} 个要素，超过上限 {max} 个（东莞只有 35 个镇街）。请只导出东莞的镇街边界。',
    en: '{file} has {count} features, more than the limit of {max} (Dongguan has only 35 towns). Export only Dongguan’s town boundaries.',
  },
  unknownUnitSuggest: {
    zh: '第 {index} 个要素“{given}”不是 35 个镇街之一；是否是“{suggestion}”？',
    en: 'Feature {index} “{given}” is not one of the 35 towns: did you mean “{suggestion}”?',
  },
  unknownUnit: {
    zh: '第 {index} 个要素“{given}”不是 35 个镇街之一（也没有可识别的区划代码）',
    en: 'Feature {index} “{given}” is not one of the 35 towns (and has no division code we recognise)',
  },
  duplicateName: { zh: '{name}：出现了两次（第 {first} 和第 {second} 个要素）', en: '{name}: appears twice (features {first} and {second})' },
  geometryType: { zh: '{name}：几何类型应为 Polygon 或 MultiPolygon，实际是 {type}', en: '{name}: the geometry should be a Polygon or MultiPolygon, but is {type}' },
  emptyGeometry: { zh: '{name}：几何为空', en: '{name}: the geometry is empty' },
  geometryCollection: {
    zh: '{count} 个镇街的几何是由多个面组成的几何集合（GeometryCollection，KML 的 MultiGeometry），已按多面（MultiPolygon）读取',
    en: 'The geometry of {count} towns is a collection of polygons (GeometryCollection, KML’s MultiGeometry); read as MultiPolygon',
  },
  missingUnits: { zh: '{file} 缺少 {count} 个镇街：{names}', en: '{file} lacks {count} towns: {names}' },
  tooManyVertices: {
    zh: '{file} 的镇街边界共有 {count} 个顶点，超过上限 {max} 个。请先简化边界（例如 mapshaper -simplify 10%）后再导入。',
    en: 'The town boundaries in {file} have {count} vertices, more than the limit of {max}. Simplify them first (for example mapshaper -simplify 10%), then import.',
  },
  stringCoordinates: {
    zh: '{name}：{file} 中的坐标是文字 {sample}，不是数字。请在导出时把坐标存为数字（JSON 中不加引号）。',
    en: '{name}: the coordinates in {file} are text, {sample}, not numbers. Export the coordinates as numbers (without quotes in the JSON).',
  },
  badCoordinates: { zh: '{name}：坐标 {sample} 不是一对数字', en: '{name}: the coordinate {sample} is not a pair of numbers' },
  prjUnreadable: {
    zh: '{file}：.prj 中的坐标系“{crs}”无法识别。请转换为 WGS-84 或 CGCS2000 经纬度后再导入。',
    en: '{file}: the coordinate system “{crs}” in the .prj is not recognised. Convert to WGS-84 or CGCS2000 longitude and latitude, then import.',
  },
  fromPrj: { zh: '{crs}（.prj）', en: '{crs} (.prj)' },
  prjConversion: { zh: '已按 .prj 从投影坐标（米）反算为经纬度', en: 'Converted from projected coordinates (metres) to longitude and latitude using the .prj' },
  prjReprojected: { zh: '坐标系：{crs}（来自 .prj），已用 proj4 反算为 WGS-84 经纬度', en: 'Coordinate system: {crs} (from the .prj), converted to WGS-84 longitude and latitude with proj4' },
  swappedAxes: {
    zh: '{file} 的坐标是（纬度, 经度）的顺序，例如 {sample}：经度和纬度颠倒了，不是投影坐标。GeoJSON 要求先经度后纬度，请在导出时交换坐标顺序后再导入。',
    en: 'The coordinates in {file} are in (latitude, longitude) order, for example {sample}: longitude and latitude are swapped; they are not projected. GeoJSON needs longitude first; swap the order when exporting, then import.',
  },
  unknownProjection: {
    zh: '{file} 的坐标是投影坐标（米，例如 {sample}），但不是可识别的 Web 墨卡托或 CGCS2000 高斯-克吕格分带。请附上 .prj，或转换为 WGS-84 经纬度。',
    en: 'The coordinates in {file} are projected (metres, for example {sample}) but not in a Web Mercator or CGCS2000 Gauss-Krüger zone we recognise. Add the .prj, or convert to WGS-84 longitude and latitude.',
  },
  guessedConversion: { zh: '已用 proj4 从 {code} 反算为 WGS-84 经纬度', en: 'Converted from {code} to WGS-84 longitude and latitude with proj4' },
  guessedReprojected: {
    zh: '坐标系：{crs}（按坐标数值判断），已用 proj4 反算为 WGS-84 经纬度',
    en: 'Coordinate system: {crs} (judged by the coordinates’ values), converted to WGS-84 longitude and latitude with proj4',
  },
  outerRing: { zh: '第 {part} 部分的外环', en: 'the outer ring of part {part}' },
  innerRing: { zh: '第 {part} 部分的第 {ring} 个内环（洞）', en: 'inner ring (hole) {ring} of part {part}' },
  outOfRange: {
    zh: '{name}：{what}的坐标 {sample} 不在东莞的经纬度范围内（文件是 WGS-84 经纬度吗？）',
    en: '{name}: the coordinate {sample} of {what} is outside Dongguan’s longitude and latitude (is the file in WGS-84 longitude and latitude?)',
  },
  shortRing: { zh: '{name}：{what}不足 3 个不同的点', en: '{name}: {what} has fewer than 3 distinct points' },
  bowTie: { zh: '{name}：{what}呈“8”字形（蝴蝶结），边在一处交叉', en: '{name}: {what} is a figure of eight (bow tie): its edges cross once' },
  selfIntersection: { zh: '{name}：{what}自相交，共 {count} 处交叉', en: '{name}: {what} crosses itself {count} times' },
  closed: { zh: '{count} 个未闭合的环已补上终点', en: '{count} rings that were not closed were closed' },
  repeats: { zh: '去掉了 {count} 个连续重复的点', en: 'Removed {count} repeated consecutive points' },
  rewound: {
    zh: '{count} 个环的方向不符合 RFC 7946，已改为外环逆时针、内环顺时针',
    en: '{count} rings were wound against RFC 7946 and were turned: outer rings anticlockwise, inner rings clockwise',
  },
  holes: { zh: '有 {count} 个内环（洞），面积已扣除', en: '{count} inner rings (holes); their area is subtracted' },
  offsetConversion: { zh: '已从 {code} 转换回 WGS-84', en: 'Converted from {code} back to WGS-84' },
  offsetConverted: {
    zh: '坐标整体偏移约 {offset} 米，与 {crs} 一致，已转换回 WGS-84（转换后与参考边界相差约 {residual} 米）',
    en: 'The coordinates were offset by about {offset} m as a whole, as {crs} is; converted back to WGS-84 (about {residual} m from the reference boundaries afterwards)',
  },
  east: { zh: '向东', en: 'east' },
  west: { zh: '向西', en: 'west' },
  north: { zh: '向北', en: 'north' },
  south: { zh: '向南', en: 'south' },
  direction: { zh: '{ew} {dx} 米、{ns} {dy} 米', en: '{dx} m {ew}, {dy} m {ns}' },
  overallOffset: {
    zh: '{file} 的边界相对参考边界整体偏移约 {offset} 米（{direction}），不是已知的 GCJ-02 或 BD-09 偏移。请确认坐标系是 WGS-84 或 CGCS2000 经纬度。',
    en: 'The boundaries in {file} are offset from the reference boundaries by about {offset} m as a whole ({direction}), not a known GCJ-02 or BD-09 offset. Check that the coordinate system is WGS-84 or CGCS2000 longitude and latitude.',
  },
  unitMoved: {
    zh: '{name}：质心相对参考边界移动了 {km} 公里，其余镇街没有移动：几何可能错了',
    en: '{name}: its centroid moved {km} km from the reference boundaries while the other towns did not: the geometry may be wrong',
  },
  snapped: { zh: '吸附容差 1e-6°（约 0.1 米）：{count} 个顶点移到了相邻镇街的同一位置', en: 'Snapping tolerance 1e-6° (about 0.1 m): {count} vertices moved onto the same place as a neighbouring town’s' },
  thinned: {
    zh: '输入有 {before} 个顶点，先在拓扑上以 {tolerance} 米容差预简化为 {after} 个（相邻边界仍然重合）',
    en: 'The input has {before} vertices; first thinned on the topology at {tolerance} m to {after} (neighbouring borders still coincide)',
  },
  duplicateGeometry: {
    zh: '{wrong} 与 {other} 的边界几乎相同（重叠 {area} km²）：{wrong} 很可能用了 {other} 的几何',
    en: 'The boundaries of {wrong} and {other} are almost the same (overlap {area} km²): {wrong} probably has {other}’s geometry',
  },
  wrongGeometry: {
    zh: '{a} 与 {b} 重叠 {area} km²，占较小者（{unit}）的 {share}%：很可能是几何错误，而不是边界误差',
    en: '{a} and {b} overlap by {area} km², {share}% of the smaller ({unit}): probably a wrong geometry rather than a boundary error',
  },
  tripleOverlap: {
    zh: '{a}、{b}、{c} 三者重叠 {area} km²：面积汇总假定一处最多两个镇街重叠',
    en: '{a}, {b} and {c} all overlap by {area} km²: the area totals assume at most two towns overlap at any place',
  },
  areaChanged: {
    zh: '{name}：面积 {area} km²，参考边界为 {reference} km²（相差 {diff}%，超过 {max}%）',
    en: '{name}: area {area} km², the reference boundaries give {reference} km² (a difference of {diff}%, more than {max}%)',
  },
  noNeighbourHad: { zh: '{name}：没有任何相邻镇街（参考边界中有 {count} 个）', en: '{name}: no adjacent towns (the reference boundaries have {count})' },
  noNeighbour: { zh: '{name}：没有任何相邻镇街', en: '{name}: no adjacent towns' },
  slivers: {
    zh: '全市轮廓（所有镇街的合并）去掉了 {count} 处小于 {hectares} 公顷的缝隙或碎片',
    en: 'The city outline (all towns merged) dropped {count} gaps or slivers smaller than {hectares} ha',
  },
  simplified: {
    zh: '按 {tolerance} 米容差在拓扑上简化：{before} → {after} 个顶点，面积误差最大 {error}%（{unit}）',
    en: 'Simplified on the topology at {tolerance} m: {before} → {after} vertices, largest area error {error}% ({unit})',
  },
  tooLarge: {
    zh: '{file} 有 {size} MB，超过 {max} MB 的上限，未做任何处理。请先简化边界（例如 mapshaper -simplify 10%）或只保留东莞的 35 个镇街后再导入。',
    en: '{file} is {size} MB, more than the limit of {max} MB; nothing was done. Simplify the boundaries first (for example mapshaper -simplify 10%) or keep only Dongguan’s 35 towns, then import.',
  },
  bom: { zh: '{file} 开头有 UTF-8 BOM（字节顺序标记），已去掉', en: '{file} starts with a UTF-8 BOM (byte order mark); removed' },
  notJson: {
    zh: '{file} 不是有效的 JSON：{error}。请确认导出的是 GeoJSON 文本文件，且没有被截断。',
    en: '{file} is not valid JSON: {error}. Check that the export is a GeoJSON text file and was not cut short.',
  },
});
