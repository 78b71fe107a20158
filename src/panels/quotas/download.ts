/** Offers text as a file download (Blob + object URL), without any network request. */
export function download(filename: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Let the browser start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** CSV for Excel: a BOM so that Chinese text opens correctly. */
export function downloadCsv(filename: string, csv: string): void {
  download(filename, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}

/** Today's date as yyyymmdd, for file names. */
export function dateStamp(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}
