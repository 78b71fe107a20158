/** YYYY-MM-DD in local time (file names, the date stamp on exports, saved-aside keys). */
export function formatDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** YYYY-MM-DD HH:mm in local time (when a record was fetched, e.g. 离线数据). */
export function formatDateTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(date)} ${p(date.getHours())}:${p(date.getMinutes())}`;
}
