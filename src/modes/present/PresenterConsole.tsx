import { useEffect, useRef, useState } from 'react';
import { Notices } from '../../panels/Notices';
import { useNoticeStore, type NoticeAction } from '../../state/noticeStore';
import { commandHint, PRESENTER_COMMANDS, runButton, type CommandContext } from './commands';
import { clampSlide, navigateTo, useDeckStore, type NavAction } from './deck';
import { initDeckPersistence } from './deckPersistence';
import { openAudienceWindow, openBroadcastLink, type AudienceState, type LinkPort, type OpenLink } from './presenterLink';
import { SlidePicture } from './SlidePicture';
import { slideSummary } from './slideSummary';
import { speakerNotes } from './slideNotes';
import { NEW_STOPWATCH, elapsed, formatDuration, pauseStopwatch, startStopwatch, type Stopwatch } from './stopwatch';
import { useCommandKeys } from './useCommandKeys';
import { QuotedText } from '../../i18n/QuotedText';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import { presentMessages as m } from '../../i18n/catalogue/present';
import { useT } from '../../i18n/messages';
import './present.css';

const notify = (level: 'info' | 'warning' | 'error', text: string, action?: NoticeAction) => useNoticeStore.getState().notify(level, text, action);
const CONSOLE_BUTTONS = PRESENTER_COMMANDS.filter((c) => c.console);

interface PresenterConsoleProps {
  /** The channel to the audience window (tests pass a stand-in). */
  open?: OpenLink;
  now?: () => number;
}

/**
 * The presenter console (#/present/console): a second window on the laptop with pictures of the
 * current and next slide, the speaker notes, a timer and the slide list. With an audience window
 * linked it drives that window and follows it, so the projector shows only the slide. With none it
 * works on its own, for a rehearsal: it moves through its own copy of the deck (notes, pictures,
 * timer) and says that no audience window is linked.
 */
export function PresenterConsole({ open = openBroadcastLink, now = Date.now }: PresenterConsoleProps) {
  const tr = useT();
  const [loadNotice] = useState(() => initDeckPersistence({ onSaveError: (message) => notify('error', message), onConflict: (message, takeBack) => notify('warning', message, takeBack) }));
  const slides = useDeckStore((s) => s.slides);
  const [audience, setAudience] = useState<AudienceState | null>(null);
  /** The slide shown while no audience window is linked (and the last one it showed). */
  const [rehearsal, setRehearsal] = useState(1);
  const [linkMissing, setLinkMissing] = useState(false);
  const [digits, setDigits] = useState('');
  const [stopwatch, setStopwatch] = useState<Stopwatch>(() => startStopwatch(NEW_STOPWATCH, now()));
  const [slideSince, setSlideSince] = useState(() => now());
  const [, tick] = useState(0);
  const port = useRef<LinkPort | null>(null);

  const count = slides.length;
  const current = clampSlide(audience?.slide ?? rehearsal, count).slide;
  const slide = slides[current - 1];
  const next = slides[current] ?? null;

  useEffect(() => {
    if (loadNotice) notify('warning', loadNotice);
  }, [loadNotice]);

  useEffect(() => {
    const link = open((message) => {
      if (message.type === 'state') {
        setAudience({ slide: message.slide, count: message.count, blank: message.blank });
        setRehearsal(message.slide);
      } else if (message.type === 'bye') setAudience(null);
    });
    port.current = link;
    setLinkMissing(link === null);
    link?.post({ type: 'hello' });
    return () => {
      link?.close();
      port.current = null;
    };
  }, [open]);

  // The time on this slide starts again whenever the slide changes.
  useEffect(() => setSlideSince(now()), [current, now]);

  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  const nav = (action: NavAction) => {
    setDigits('');
    if (action.type === 'jump' && clampSlide(action.slide, count).clamped) {
      notify('warning', tr(m.noSuchSlideConsole, { asked: action.slide, count }));
      return;
    }
    const to = navigateTo(action, current, count);
    // Sent as the target slide, so both windows agree even if one missed a message.
    if (audience) port.current?.post({ type: 'nav', action: { type: 'jump', slide: to } });
    else setRehearsal(to);
  };

  const commands: CommandContext = {
    current,
    count,
    digits,
    blank: !!audience?.blank,
    nav,
    setDigits,
    // Only the audience window has a screen to blank.
    toggleBlank: audience ? () => port.current?.post({ type: 'blank' }) : undefined,
    escape: () => setDigits(''),
  };
  useCommandKeys(commands);

  const nowMs = now();
  const untitled = tr(m.untitled);
  const linkText = linkMissing ? tr(m.noChannel) : audience ? tr(m.linked) + (audience.blank ? tr(m.linkedBlank) : '') : tr(m.notLinked);
  return (
    <div className="presenter-console" data-testid="presenter-console" data-linked={audience ? 'yes' : 'no'}>
      <header className="console-bar">
        <h1>{tr(m.presenterConsole)}</h1>
        <span role="status" className={audience ? 'console-linked' : 'console-unlinked'}>
          {linkText}
        </span>
        {!audience && !linkMissing && (
          <button type="button" onClick={openAudienceWindow}>
            {tr(m.openAudience)}
          </button>
        )}
        <LanguageSwitch />
        <span className="console-timer" aria-label={tr(m.timer)}>
          <span>
            {tr(m.total)} <strong data-testid="elapsed">{formatDuration(elapsed(stopwatch, nowMs))}</strong>
          </span>
          <span>
            {tr(m.thisSlide)} <strong data-testid="slide-elapsed">{formatDuration(nowMs - slideSince)}</strong>
          </span>
          {stopwatch.startedAt !== null ? (
            <button type="button" onClick={() => setStopwatch((s) => pauseStopwatch(s, now()))}>
              {tr(m.pauseTimer)}
            </button>
          ) : (
            <button type="button" onClick={() => setStopwatch((s) => startStopwatch(s, now()))}>
              {tr(m.resumeTimer)}
            </button>
          )}
          <button type="button" onClick={() => setStopwatch(startStopwatch(NEW_STOPWATCH, now()))}>
            {tr(m.restartTimer)}
          </button>
        </span>
      </header>
      <Notices />
      <div className="console-body">
        <section className="console-current" aria-label={tr(m.currentSlide)}>
          <div className="console-picture-frame">
            <SlidePicture slide={slide} label={tr(m.currentMap, { title: slide.title.trim() || untitled })} />
            {audience?.blank && <div className="console-picture-blank">{tr(m.audienceBlank)}</div>}
          </div>
          <div className="console-heading">
            <span className="console-counter" aria-label={tr(m.progress)}>
              {current} / {count}
            </span>
            <h2>{slide.title.trim() ? <QuotedText text={slide.title} /> : untitled}</h2>
          </div>
          {slide.caption.trim() && <p className="console-caption">
              <QuotedText text={slide.caption} />
            </p>}
        </section>
        <section className="console-next" aria-label={tr(m.nextSlide)}>
          <h3>{tr(m.next)}</h3>
          {next ? (
            <>
              <SlidePicture slide={next} label={tr(m.nextMap, { title: next.title.trim() || untitled })} />
              <p className="console-next-title">{next.title.trim() ? <QuotedText text={next.title} /> : untitled}</p>
              <p className="console-summary">
                <QuotedText text={slideSummary(next)} />
              </p>
            </>
          ) : (
            <p>{tr(m.lastSlide)}</p>
          )}
        </section>
        <section className="console-notes" aria-label={tr(m.notes)} tabIndex={0}>
          <h3>{tr(m.notes)}</h3>
          <div className="console-notes-text">
            <QuotedText text={speakerNotes(slide)} />
          </div>
        </section>
        <nav className="console-list" aria-label={tr(m.slideList)}>
          <ol>
            {slides.map((s, i) => (
              <li key={s.id}>
                <button type="button" aria-current={i + 1 === current ? 'step' : undefined} onClick={() => nav({ type: 'jump', slide: i + 1 })}>
                  <span className="slide-number">{i + 1}</span> {s.title.trim() ? <QuotedText text={s.title} /> : untitled}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="console-controls" role="toolbar" aria-label={tr(m.controls)}>
          {CONSOLE_BUTTONS.map((c) => (
            <button
              key={c.name}
              type="button"
              aria-label={c.label}
              title={commandHint(c, c.label)}
              aria-pressed={c.pressed ? c.pressed(commands) : undefined}
              disabled={!c.enabled(commands)}
              onClick={() => runButton(c, commands)}
            >
              {c.console}
            </button>
          ))}
          {digits && <span aria-live="assertive">{tr(m.jumpPrompt, { digits })}</span>}
        </div>
      </div>
    </div>
  );
}
