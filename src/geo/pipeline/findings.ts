/**
 * What the boundary pipeline found, one record per problem or conversion, in Chinese for the
 * user. An `error` stops the build or the import; a `warning` is shown and kept; an `info` names
 * a conversion or repair that was made.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** A stable key for tests and for grouping in the report. */
  code: string;
  message: string;
  unit?: string;
  /** [lon, lat] of the place, where there is one. */
  at?: [number, number];
}

export class Findings {
  readonly list: Finding[] = [];
  error(code: string, message: string, unit?: string, at?: [number, number]) {
    this.list.push({ severity: 'error', code, message, unit, at });
  }
  warning(code: string, message: string, unit?: string, at?: [number, number]) {
    this.list.push({ severity: 'warning', code, message, unit, at });
  }
  info(code: string, message: string, unit?: string, at?: [number, number]) {
    this.list.push({ severity: 'info', code, message, unit, at });
  }
  get errors(): Finding[] {
    return this.list.filter((f) => f.severity === 'error');
  }
}

/** One line per finding, for the build's console and error output. */
export function formatFinding(f: Finding): string {
  const where = f.at ? ` @ ${f.at[0].toFixed(5)}, ${f.at[1].toFixed(5)}` : '';
  return `[${f.severity}] ${f.message}${where}`;
}
