export const median = (values: number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Series {
  median: number;
  worst: number;
  runs: number[];
}

export function series(values: number[]): Series {
  return { median: round(median(values)), worst: round(Math.max(...values)), runs: values.map((v) => round(v)) };
}
