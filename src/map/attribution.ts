const SCHEMATIC_NOTICE = '边界为示意，不可用于测绘';

/**
 * The attribution and the schematic-boundaries notice, on the map and on every export. It follows
 * the boundaries in use: GeoProvider sets it when a user accepts or leaves imported boundaries (the
 * screens are remounted then, so every map and export reads the new value).
 */
export let ATTRIBUTION: readonly string[] = ['边界数据：DataV.GeoAtlas', SCHEMATIC_NOTICE];

export function setBoundaryAttribution(attribution: string): void {
  ATTRIBUTION = [attribution, SCHEMATIC_NOTICE];
}
