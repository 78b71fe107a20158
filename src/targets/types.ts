/**
 * The plans' own targets as data: one generic table component (src/panels/targets/TargetTable.tsx)
 * renders every table, so adding a plan's targets is a data change only.
 */
export interface TargetSource {
  document: string;
  section: string;
  seed: string; // file in ../shared/seeds
}

/** One figure as the plan prints it, with its number when it has one (for the bars). */
export interface TargetValue {
  year: number;
  text: string; // exactly as printed, e.g. '≈ 5800', '> 11000', '3.59左右', '1万（累计）'
  /** The printed figure in English where it has words ('about 3.59'); shown beside the printed one. */
  textEn?: string;
  value?: number; // the number, when the text has one
  /** A starting figure (e.g. 2017) rather than a target. */
  baseline?: boolean;
}

export interface TargetRow {
  id: string;
  indicator: string; // quoted exactly from the plan
  /** The indicator in English (our translation), shown beside the quoted Chinese. */
  indicatorEn?: string;
  unit: string; // the unit as it should read, in the page's language (corrected where the seed garbles it: see note)
  values: TargetValue[];
  /** False for yearly figures that are not steps towards one target (no bars). */
  bars?: false;
  /** The figure the bars are drawn against (default: the row's last value). */
  against?: { label: string; value: number };
  /** Our words, in the page's language: a correction of the printed text, or how to read the figure. */
  note?: string;
}

export interface TargetTable {
  id: string;
  title: string; // our title for the table, in the page's language
  years: number[]; // the columns
  rows: TargetRow[];
  source: TargetSource;
  /** Our words about the table as a whole. */
  caption?: string;
}

/** A plan period on the timeline. */
export interface PlanPeriod {
  id: string;
  label: string; // in the page's language, e.g. '科技创新“十四五”规划'
  shortLabel: string; // for a slide caption, e.g. '十四五'
  document: string;
  start: number;
  end: number;
  /** Years the plan sets targets for (marked on the bar). */
  milestones: number[];
  seed: string;
}
