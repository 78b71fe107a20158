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
  const [loadNotice] = useState(() => initDeckPersistence({ onSaveError: (m) => notify('error', m), onConflict: (m, takeBack) => notify('warning', m, takeBack) }));
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
      notify('warning', `没有第 ${action.slide} 张幻灯片（共 ${count} 张）。`);
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

  const t = now();
  const linkText = linkMissing
    ? '此浏览器不支持窗口间通信，无法控制放映窗口 · 排练模式：只在本窗口翻页'
    : audience
      ? `已连接放映窗口${audience.blank ? ' · 黑屏中' : ''}`
      : '未连接放映窗口 · 排练模式：只在本窗口翻页，观众看不到';
  return (
    <div className="presenter-console" data-testid="presenter-console" data-linked={audience ? 'yes' : 'no'}>
      <header className="console-bar">
        <h1>演讲者视图</h1>
        <span role="status" className={audience ? 'console-linked' : 'console-unlinked'}>
          {linkText}
        </span>
        {!audience && !linkMissing && (
          <button type="button" onClick={openAudienceWindow}>
            打开放映窗口
          </button>
        )}
        <span className="console-timer" aria-label="计时">
          <span>
            总计 <strong data-testid="elapsed">{formatDuration(elapsed(stopwatch, t))}</strong>
          </span>
          <span>
            本张 <strong data-testid="slide-elapsed">{formatDuration(t - slideSince)}</strong>
          </span>
          {stopwatch.startedAt !== null ? (
            <button type="button" onClick={() => setStopwatch((s) => pauseStopwatch(s, now()))}>
              暂停计时
            </button>
          ) : (
            <button type="button" onClick={() => setStopwatch((s) => startStopwatch(s, now()))}>
              继续计时
            </button>
          )}
          <button type="button" onClick={() => setStopwatch(startStopwatch(NEW_STOPWATCH, now()))}>
            重新计时
          </button>
        </span>
      </header>
      <Notices />
      <div className="console-body">
        <section className="console-current" aria-label="当前幻灯片">
          <div className="console-picture-frame">
            <SlidePicture slide={slide} label={`本张地图：${slide.title.trim() || '（无标题）'}`} />
            {audience?.blank && <div className="console-picture-blank">观众屏幕已黑屏</div>}
          </div>
          <div className="console-heading">
            <span className="console-counter" aria-label="幻灯片进度">
              {current} / {count}
            </span>
            <h2>{slide.title.trim() || '（无标题）'}</h2>
          </div>
          {slide.caption.trim() && <p className="console-caption">{slide.caption}</p>}
        </section>
        <section className="console-next" aria-label="下一张幻灯片">
          <h3>下一张</h3>
          {next ? (
            <>
              <SlidePicture slide={next} label={`下一张地图：${next.title.trim() || '（无标题）'}`} />
              <p className="console-next-title">{next.title.trim() || '（无标题）'}</p>
              <p className="console-summary">{slideSummary(next)}</p>
            </>
          ) : (
            <p>（这是最后一张）</p>
          )}
        </section>
        <section className="console-notes" aria-label="讲稿备注">
          <h3>讲稿备注</h3>
          <div className="console-notes-text">{speakerNotes(slide)}</div>
        </section>
        <nav className="console-list" aria-label="幻灯片列表">
          <ol>
            {slides.map((s, i) => (
              <li key={s.id}>
                <button type="button" aria-current={i + 1 === current ? 'step' : undefined} onClick={() => nav({ type: 'jump', slide: i + 1 })}>
                  <span className="slide-number">{i + 1}</span> {s.title.trim() || '（无标题）'}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="console-controls" role="toolbar" aria-label="放映控制">
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
          {digits && <span aria-live="assertive">转到第 {digits} 张 · Enter</span>}
        </div>
      </div>
    </div>
  );
}
