/**
 * Stands in for html2canvas, DOMPurify and canvg in the build (vite.config.ts aliases them here).
 * jsPDF imports them lazily, only for `doc.html()` (html2canvas, DOMPurify) and `addSvgAsImage()`
 * (canvg); the deck PDF uses neither (addImage of PNGs), so the three were emitted as chunks that no
 * page ever loads (about 110 KiB gzip). Should a later change call one of those jsPDF methods, it
 * fails with this message instead of a silently empty page: remove the alias then.
 */
function notBundled(): never {
  // A developer's error (no user reaches it while the alias stands), so in English only.
  throw new Error('jsPDF html() and addSvgAsImage() are not bundled in this app (an alias in vite.config.ts)');
}

export default Object.assign(notBundled, { fromString: notBundled, sanitize: notBundled });
