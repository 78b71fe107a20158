import { townMessages as m } from '../../i18n/catalogue/town';
import { useT } from '../../i18n/messages';

/**
 * Prints the town page. It opens the browser's own print dialog, so the button, Ctrl+P and the
 * browser menu print the same page: PrintMap draws the map image when printing starts.
 */
export function TownPrintButton() {
  const t = useT();
  return (
    <button type="button" onClick={() => window.print()}>
      {t(m.print)}
      <span className="print-size">{t(m.printSize)}</span>
    </button>
  );
}
