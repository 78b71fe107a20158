/**
 * Prints the town page. It opens the browser's own print dialog, so the button, Ctrl+P and the
 * browser menu print the same page: PrintMap draws the map image when printing starts.
 */
export function TownPrintButton() {
  return (
    <button type="button" onClick={() => window.print()}>
      打印<span className="print-size">（A4）</span>
    </button>
  );
}
