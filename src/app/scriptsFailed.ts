/**
 * The entry (src/boot.ts) could not load the app's scripts: the network went away between the page
 * and its scripts, or a new version was deployed meanwhile and the old scripts are gone from the
 * server. Without a message the page would stay blank (or keep an early frame nobody can use);
 * with one, the user knows a reload is the cure and has a button for it.
 */
import { appMessages } from '../i18n/catalogue/app';
import { t } from '../i18n/messages';

export function showScriptsFailed(root: HTMLElement, error: unknown, reload: () => void = () => location.reload()): void {
  const alert = document.createElement('div');
  alert.className = 'fatal';
  alert.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = t(appMessages.scriptsFailed, { error: error instanceof Error ? error.message : String(error) });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t(appMessages.reloadPage);
  button.addEventListener('click', reload);
  alert.append(text, button);
  root.replaceChildren(alert);
}
