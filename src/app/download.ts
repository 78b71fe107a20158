/** Saves a Blob as a file through a temporary object URL and <a download>; no network request. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The browser has started reading the URL by the time the click returns; free it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** Offers text as a file download. */
export function download(filename: string, text: string, mime: string): void {
  downloadBlob(new Blob([text], { type: mime }), filename);
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
