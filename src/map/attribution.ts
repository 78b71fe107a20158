/** The attribution and the schematic-boundaries notice, on the map and on every export. */
export const ATTRIBUTION = ['边界数据：DataV.GeoAtlas', '边界为示意，不可用于测绘'] as const;
