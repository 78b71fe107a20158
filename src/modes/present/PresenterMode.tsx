import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useGeo } from '../../app/GeoContext';
import { useLayoutOverlays } from '../../map/layers/useLayoutOverlays';
import { MapPane } from '../../map/MapPane';
import { useMapViewStore } from '../../map/mapViewStore';
import { useQuotaStore } from '../../quotas/store';
import { uniformPadding } from '../../state/mapState';
import { usePlannerStateStore } from '../../state/screens/plannerState';
import { createPresenterStore } from '../../state/screens/presenterStore';
import { ExportDeckButtons } from '../../export/ExportDeckButtons';
import { MapLegends } from '../../panels/MapLegends';
import { Notices } from '../../panels/Notices';
import { useNoticeStore, type NoticeAction } from '../../state/noticeStore';
import { useRouteStore } from '../../state/routeStore';
import { errorMessage } from '../../lib/errorText';
import { PRESENTER_LABEL_SCALE, screenLabelScale, slideAsSeenNow, slideExportCamera, slideMapState, snapshotPlanner } from './applySlide';
import { clampSlide, navigateTo, useDeckStore, type NavAction } from './deck';
import { DeckEditor } from './DeckEditor';
import { SlideFigure } from './SlideFigure';
import { bboxAspect, cameraBounds, freePadding } from './framing';
import { pageLayout, type Box } from '../../map/page/pageLayout';
import { pageSubject, textWidth } from '../../map/page/subjectMarks';
import { slideSubject } from './slideSubject';
import { initDeckPersistence } from './deckPersistence';
import { commandHint, PRESENTER_COMMANDS, runButton, type CommandContext, type PresenterCommand } from './commands';
import { useCommandKeys } from './useCommandKeys';
import { LaserPointer } from './LaserPointer';
import { speakerNotes } from './slideNotes';
import { openConsoleWindow, useAudienceLink } from './presenterLink';
import { QuotedText } from '../../i18n/QuotedText';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import { presentMessages as m } from '../../i18n/catalogue/present';
import { t, useT } from '../../i18n/messages';
import './present.css';

/** Autoplay: seconds per slide. */
const MIN_DELAY_S = 2;
const MAX_DELAY_S = 600;
/** Padding (px) round the framed area, and the gap kept below the slide card and beside the legend. */
const FRAME_PADDING = 40;
const FRAME_GAP = 16;
/** What the stage shows over the map, by name: the page layout keeps the subject clear of each. */
const SCREEN_BOXES: Record<string, string> = {
  card: '.slide-card',
  legend: '.map-overlay-bottom-left',
  progress: '.slide-progress',
  controls: '.maplibregl-ctrl-top-right, .map-canvas-zoom',
  scale: '.maplibregl-ctrl-bottom-left, .map-canvas-scale',
  attribution: '.maplibregl-ctrl-bottom-right, .map-canvas-attribution, .map-first-frame-attribution',
};

const notify = (level: 'info' | 'warning' | 'error', text: string, action?: NoticeAction) => useNoticeStore.getState().notify(level, text, action);

const noSuchSlide = (asked: number, count: number, shown: number) => notify('warning', t(m.noSuchSlide, { asked, count, shown }));

const exitFullscreen = () => void document.exitFullscreen?.().catch(() => {});

/** After a mouse click on a toolbar button, give the keyboard back to the deck (Space = next). */
const blurAfterMouse = (e: React.MouseEvent<HTMLElement>) => {
  if (e.detail > 0) e.currentTarget.blur();
};

/** The slide's label scale for this window's width (screenLabelScale), following resizes step by step. */
function useScreenLabelScale(): number {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener('resize', onChange);
      return () => window.removeEventListener('resize', onChange);
    },
    () => screenLabelScale(window.innerWidth),
    () => PRESENTER_LABEL_SCALE,
  );
}

/**
 * Presenter mode (#/present/n): a deck of slides over the map, full screen, keyboard and clicker
 * driven. The slide on screen is the route's; changing slide navigates. Entering keeps the
 * planner's layers, selection and fill, and leaving puts them back.
 */
export function PresenterMode({ slide }: { slide: number }) {
  const tr = useT();
  const geo = useGeo();
  const overlays = useLayoutOverlays();
  const [loadNotice] = useState(() =>
    initDeckPersistence({ onSaveError: (message) => notify('error', message), onConflict: (m, takeBack) => notify('warning', m, takeBack) }),
  );
  const plannerState = usePlannerStateStore();
  const [planner] = useState(() => snapshotPlanner(plannerState.getState()));
  const [store] = useState(createPresenterStore);
  const slides = useDeckStore((s) => s.slides);
  const quotaData = useQuotaStore((s) => s.data);
  const camera = useStore(store, (s) => s.camera);
  const labelScale = useScreenLabelScale();
  const count = slides.length;
  const { slide: current, clamped } = clampSlide(slide, count);
  const shown = slides[current - 1];

  const rootRef = useRef<HTMLDivElement>(null);
  const [blank, setBlank] = useState(false);
  const [digits, setDigits] = useState('');
  const [laser, setLaser] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [autoplay, setAutoplay] = useState(false);
  const [delayText, setDelayText] = useState('10');
  const delay = Math.min(MAX_DELAY_S, Math.max(MIN_DELAY_S, Number(delayText) || 10));
  const fullscreenExitedAt = useRef(0);

  const go = (n: number) => {
    if (n !== slide) useRouteStore.getState().navigate({ mode: 'present', slide: n });
  };

  const leave = () => {
    if (document.fullscreenElement) exitFullscreen();
    useRouteStore.getState().navigate({ mode: 'map' });
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      exitFullscreen();
      return;
    }
    const root = rootRef.current;
    if (!root?.requestFullscreen) {
      notify('warning', t(m.noFullscreen));
      return;
    }
    root.requestFullscreen().catch((e: unknown) => notify('warning', t(m.fullscreenFailed, { error: errorMessage(e) })));
  };

  const nav = (action: NavAction) => {
    setDigits('');
    setBlank(false);
    const to = navigateTo(action, current, count);
    if (action.type === 'jump' && clampSlide(action.slide, count).clamped) noSuchSlide(action.slide, count, to);
    go(to);
  };

  // The presenter console (a second window) follows this one and drives it.
  useAudienceLink({ slide: current, count, blank }, nav, () => setBlank((b) => !b));

  // Tell the user once if the saved deck could not be used.
  useEffect(() => {
    if (loadNotice) notify('warning', loadNotice);
  }, [loadNotice]);

  // A slide number outside the deck: clamp, say so, and correct the URL.
  useEffect(() => {
    if (!clamped) return;
    noSuchSlide(slide, count, current);
    useRouteStore.getState().navigate({ mode: 'present', slide: current });
  }, [clamped, slide, count, current]);

  // What the map shows is the slide's state; only the camera is this screen's own.
  const stateKey = JSON.stringify([shown.id, shown.layers, shown.highlight, shown.quota]);
  const state = useMemo(
    () => slideMapState(useDeckStore.getState().slides[current - 1], quotaData, camera, labelScale),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stateKey stands for the slide's content
    [current, stateKey, quotaData, camera, labelScale],
  );

  // The camera goes to the slide (eased; the first sync of a new map jumps), framed so that the
  // slide card and the legend leave the slide's area in view. Measured on the next frame, once the
  // legend shows the new slide's layers; framed again when the stage changes size.
  const cameraKey = JSON.stringify([shown.id, shown.camera]);
  const stageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const slideCamera = useDeckStore.getState().slides[current - 1].camera;
    const frame = requestAnimationFrame(() => {
      const bbox = cameraBounds(slideCamera, geo);
      const stage = stageRef.current?.getBoundingClientRect();
      if (!bbox) return;
      if (!stage || stage.width === 0 || stage.height === 0) {
        store.getState().frame({ kind: 'bounds', bounds: bbox }, uniformPadding(FRAME_PADDING));
        return;
      }
      // The page layout of the screen (src/map/page/pageLayout.ts, the same as the exports'): the
      // subject's towns, labels and symbols go, as large as they fit, into the part of the stage that
      // the slide card, the legend, the counter, the zoom buttons and the attribution leave free.
      const covered = Object.entries(SCREEN_BOXES)
        .map(([name, selector]) => ({ name, rect: stageRef.current?.querySelector(selector)?.getBoundingClientRect() }))
        .filter((c): c is { name: string; rect: DOMRect } => !!c.rect && c.rect.width > 0 && c.rect.height > 0)
        .map(({ name, rect }) => ({ name, box: { x: rect.left - stage.left, y: rect.top - stage.top, width: rect.width, height: rect.height } as Box }));
      const slide = useDeckStore.getState().slides[current - 1];
      const shownState = slideMapState(slide, useQuotaStore.getState().data, { target: { kind: 'bounds', bounds: bbox }, padding: uniformPadding(0), seq: 0 }, labelScale);
      const layout = pageLayout(
        { output: { kind: 'screen', width: stage.width, height: stage.height, covered }, title: '', dateText: '', legend: [], subject: pageSubject(geo, overlays, shownState, slideSubject(slide)) },
        (text, px) => textWidth(text, px),
      );
      if (layout.camera) {
        store.getState().frame({ kind: 'bounds', bounds: layout.camera.bounds }, layout.camera.padding);
        return;
      }
      // The marks cannot fit (a tiny window): the box alone, clear of the boxes.
      const obstacles = covered.map(({ box }) => ({ x: box.x - FRAME_GAP, y: box.y - FRAME_GAP, width: box.width + 2 * FRAME_GAP, height: box.height + 2 * FRAME_GAP }));
      const padding = freePadding({ width: stage.width, height: stage.height }, obstacles, bboxAspect(bbox), FRAME_PADDING);
      store.getState().frame({ kind: 'bounds', bounds: bbox }, padding);
    });
    return () => cancelAnimationFrame(frame);
  }, [store, current, cameraKey, geo, overlays, editing, fullscreen, labelScale]);

  /** Every slide's own state for the deck export, taken when the export starts. */
  const exportPages = () =>
    useDeckStore.getState().slides.map((s) => {
      const pageState = slideMapState(s, useQuotaStore.getState().data, slideExportCamera(s, geo));
      return { state: pageState, title: s.title, caption: s.caption, notes: speakerNotes(s), subject: pageSubject(geo, overlays, pageState, slideSubject(s)), figure: s.figure };
    });
  // The test bundle's handle on the pages the export buttons take (never in the users' bundle).
  useEffect(() => {
    if (import.meta.env.MODE !== 'e2e') return;
    window.__dgpresent = { exportPages };
    return () => {
      delete window.__dgpresent;
    };
  });
  const captureView = (title: string) => slideAsSeenNow(shown, useMapViewStore.getState().view?.getBounds() ?? null, title);

  // Full screen state (the browser's own Esc leaves full screen first).
  useEffect(() => {
    const onChange = () => {
      const on = document.fullscreenElement !== null && document.fullscreenElement === rootRef.current;
      setFullscreen((was) => {
        if (was && !on) fullscreenExitedAt.current = Date.now();
        return on;
      });
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Autoplay for a kiosk: next slide after `delay` seconds, round and round; paused while blank or editing.
  useEffect(() => {
    if (!autoplay || blank || editing) return;
    const timer = setTimeout(() => go(current >= count ? 1 : current + 1), delay * 1000);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `go` is remade each render; these are its inputs
  }, [autoplay, blank, editing, current, count, delay, slide]);

  const escape = () => {
    if (digits) setDigits('');
    else if (blank) setBlank(false);
    else if (document.fullscreenElement) exitFullscreen();
    else if (Date.now() - fullscreenExitedAt.current < 500) {
      // This Esc already took the browser out of full screen.
    } else leave();
  };

  // What the commands (commands.ts) act on here: keyboard, clicker and toolbar alike.
  const commands: CommandContext = {
    current,
    count,
    digits,
    blank,
    nav,
    setDigits,
    toggleBlank: () => setBlank((b) => !b),
    toggleFullscreen,
    fullscreen,
    toggleLaser: () => setLaser((on) => !on),
    laser,
    escape,
    leave,
  };
  useCommandKeys(commands, { capture: true });

  const commandButton = (c: PresenterCommand) => (
    <button
      key={c.name}
      type="button"
      className={c.name === 'escape' ? 'presenter-exit' : undefined}
      aria-label={c.toolbar!.face === (c.toolbar!.label ?? c.label) ? undefined : (c.toolbar!.label ?? c.label)}
      aria-pressed={c.pressed ? c.pressed(commands) : undefined}
      title={commandHint(c)}
      disabled={!c.enabled(commands)}
      onClick={(e) => {
        blurAfterMouse(e);
        runButton(c, commands);
      }}
    >
      {c.toolbar!.face}
    </button>
  );
  const toolbarAt = (place: 'start' | 'end') => PRESENTER_COMMANDS.filter((c) => c.toolbar?.place === place).map(commandButton);

  return (
    <div ref={rootRef} className={`presenter${fullscreen ? ' is-fullscreen' : ''}${laser ? ' laser-on' : ''}`} data-testid="presenter">
      <header className="presenter-toolbar" role="toolbar" aria-label={tr(m.toolbar)}>
        <span className="presenter-brand">{tr(m.brand)}</span>
        {toolbarAt('start')}
        <span className="autoplay">
          <button type="button" aria-pressed={autoplay} onClick={(e) => { blurAfterMouse(e); setAutoplay((on) => !on); }}>
            {tr(m.autoplay)}
          </button>
          <input
            type="number"
            min={MIN_DELAY_S}
            max={MAX_DELAY_S}
            step={1}
            value={delayText}
            aria-label={tr(m.secondsPerSlide)}
            onChange={(e) => setDelayText(e.target.value)}
          />
          <span aria-hidden="true">{tr(m.seconds)}</span>
        </span>
        <button type="button" title={tr(m.openConsoleHint)} onClick={(e) => { blurAfterMouse(e); openConsoleWindow(); }}>
          {tr(m.consoleButton)}
        </button>
        <button type="button" aria-expanded={editing} onClick={(e) => { blurAfterMouse(e); setEditing((on) => !on); }}>
          {tr(m.editSlides)}
        </button>
        <ExportDeckButtons pages={exportPages} count={slides.length} />
        <LanguageSwitch />
        {toolbarAt('end')}
      </header>
      <Notices />
      <div className="presenter-body">
        <div ref={stageRef} className="presenter-stage map-area">
          <MapPane overlays={overlays} state={state} onHover={store.getState().hover} />
          <LaserPointer active={laser} />
          <section className="slide-card" aria-label={tr(m.slide)} aria-live="polite">
            <h1 className="slide-title">{shown.title.trim() ? <QuotedText text={shown.title} /> : tr(m.untitled)}</h1>
            {shown.caption.trim() && (
              <p className="slide-caption">
                <QuotedText text={shown.caption} />
              </p>
            )}
          </section>
          {shown.figure && <SlideFigure figure={shown.figure} />}
          <MapLegends state={state} />
          <div className="slide-progress" aria-label={tr(m.progress)}>
            {current} / {count}
          </div>
          {digits && (
            <div className="jump-prompt" aria-live="assertive">
              {tr(m.jumpPrompt, { digits })}
            </div>
          )}
        </div>
        {editing && <DeckEditor current={current} onGoTo={go} planner={planner} captureView={captureView} />}
      </div>
      {blank && <div className="presenter-blank" data-testid="blank-screen" aria-label={tr(m.blankScreen)} onClick={() => setBlank(false)} />}
    </div>
  );
}
