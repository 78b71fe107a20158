/**
 * The page's entry: small on purpose. On a second visit it draws the first frame the last visit
 * drew for this address (src/map/firstFrame/rememberedFrame.ts) as soon as the geometry is decoded,
 * before the app's scripts (React, the screens, the stores) are even requested: a page that asks
 * for some sixty scripts at once spends most of a second of a slow phone's main thread on the
 * requests alone. Then it starts the app, which takes over in the same place. Without a
 * remembered frame (a first visit) it starts the app at once. Should the app's scripts not load,
 * the page says so instead of staying blank.
 *
 * Either way it asks the two things the app's first render waits for while the app's script is
 * still downloading (the main thread has nothing else to do then): the geometry, fetched and
 * decoded once for the page (loadAppGeo), and whether a server answers (askHealthEarly).
 */
import './styles/app.css';
import { showScriptsFailed } from './app/scriptsFailed';
import { loadAppGeo } from './geo/loadAppGeo';
import { drawEarlyFrame, retireEarlyFrame } from './map/firstFrame/earlyFrame';
import { askHealthEarly } from './quotas/shared/earlyHealth';

askHealthEarly();
// A failure is the app's to say (it loads again and names the problem).
loadAppGeo().catch(() => {});

const startApp = () =>
  import('./main').catch((error: unknown) => {
    retireEarlyFrame();
    showScriptsFailed(document.getElementById('root')!, error);
  });
/** The early frame is painted before the app's scripts are requested and evaluated, not after. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

void drawEarlyFrame(loadAppGeo)
  .then((drawn) => (drawn ? afterPaint() : undefined))
  .then(startApp, startApp);
