/** The image sizes the export buttons offer (apart from src/export/exportView.ts, which the buttons load on a click). */
export interface ExportSize {
  width: number;
  height: number;
}

export const EXPORT_SIZES = {
  fullHd: { width: 1920, height: 1080 },
  uhd: { width: 3840, height: 2160 },
} as const satisfies Record<string, ExportSize>;
