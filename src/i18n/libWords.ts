import { setLibWords } from '../lib/libWords';
import { libMessages as m } from './catalogue/lib';
import { t } from './messages';

/**
 * Gives src/lib its sentences in the page's language (lib imports nothing of the app; see
 * src/lib/libWords.ts). Each is read when lib writes it, so a test or an export that sets the
 * language gets it.
 */
export function installLibWords(): void {
  setLibWords({
    checkThrew: (error) => t(m.checkThrew, { error }),
    notJson: (error) => t(m.notJson, { error }),
    unreadable: (what, error, instead) => t(m.unreadable, { what, error, instead }),
    movedAside: (what, reason, rejectedKey, instead) => t(m.movedAside, { what, reason, rejectedKey, instead }),
    keptInPlace: (what, reason, key) => t(m.keptInPlace, { what, reason, key }),
    notSaved: (what, error) => t(m.notSaved, { what, error }),
    unknownEncoding: () => t(m.unknownEncoding),
  });
}
