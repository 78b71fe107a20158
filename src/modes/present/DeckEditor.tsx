import { useRef, useState } from 'react';
import { dateStamp, download } from '../../app/download';
import { useNoticeStore } from '../../state/noticeStore';
import { slideFromState, type PlannerSnapshot } from './applySlide';
import { useDeckStore } from './deck';
import { deckFileSizeProblem, deckToJson, parseDeckJson } from './deckJson';
import { readFileDecoded } from '../../lib/readFile';
import { keyHelp } from './commands';
import { slideSummary } from './slideSummary';
import { QuotedText } from '../../i18n/QuotedText';
import { presentMessages as m } from '../../i18n/catalogue/present';
import { useT } from '../../i18n/messages';
import { MAX_CAPTION, MAX_NOTES, MAX_TITLE, type Slide } from './slide';

interface DeckEditorProps {
  /** The slide on screen, 1-based. */
  current: number;
  onGoTo: (slide: number) => void;
  /** The planner's view from before presenter mode was entered. */
  planner: PlannerSnapshot;
  /** The slide on screen as the map shows it now (the presenter's pan and zoom), as a new slide with this title. */
  captureView: (title: string) => Slide;
}

/** Edits the deck: titles and captions, order, delete, add the current view, JSON export/import. */
export function DeckEditor({ current, onGoTo, planner, captureView }: DeckEditorProps) {
  const t = useT();
  const slides = useDeckStore((s) => s.slides);
  const custom = useDeckStore((s) => s.custom);
  const undo = useDeckStore((s) => s.undo);
  const { add, update, move, remove, replace, reset, undoReplace } = useDeckStore.getState();
  const notify = useNoticeStore((s) => s.notify);
  const [importError, setImportError] = useState<string | null>(null);
  /** A whole-deck replacement waiting for the user's yes. */
  const [pending, setPending] = useState<{ question: string; confirm: () => void } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /**
   * What the user has seen of each text field since focusing it (the value at focus, then their
   * own typing): an edit over a value another tab sent meanwhile is then told apart (deckPersistence).
   */
  const seenText = useRef(new Map<string, string | undefined>());
  const textField = (i: number, slide: Slide, field: 'title' | 'caption' | 'notes') => {
    const key = `${slide.id}|${field}`;
    return {
      onFocus: () => seenText.current.set(key, slide[field]),
      onBlur: () => seenText.current.delete(key),
      onChange: (e: { target: { value: string } }) => {
        const seen = seenText.current.has(key) ? seenText.current.get(key) : slide[field];
        seenText.current.set(key, e.target.value);
        update(i, { [field]: e.target.value }, { [field]: seen });
      },
    };
  };

  const addAfterCurrent = (slide: Slide) => {
    add(slide, current - 1);
    onGoTo(current + 1);
  };

  /** Moves slide i up (-1) or down (+1); the slide on screen stays on screen. */
  const moveBy = (i: number, delta: -1 | 1) => {
    move(i, delta);
    const n = i + 1;
    if (n === current) onGoTo(n + delta);
    else if (n + delta === current) onGoTo(n);
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = deckFileSizeProblem(file.size);
    if (tooLarge) {
      if (fileInput.current) fileInput.current.value = '';
      setImportError(t(m.importRefused, { file: file.name, error: tooLarge }));
      return;
    }
    const decoded = await readFileDecoded(file);
    if (fileInput.current) fileInput.current.value = '';
    const parsed = decoded.ok ? parseDeckJson(decoded.text) : decoded;
    if (!parsed.ok) {
      setImportError(t(m.importRefused, { file: file.name, error: parsed.error }));
      return;
    }
    setImportError(null);
    const encoding = decoded.ok && decoded.encoding !== 'UTF-8' ? t(m.readAs, { encoding: decoded.encoding }) : '';
    setPending({
      question: t(m.replaceQuestion, { file: file.name, count: parsed.slides.length, current: slides.length, encoding }),
      confirm: () => {
        replace(parsed.slides, t(m.whatImport));
        onGoTo(1);
        notify('info', t(m.imported, { file: file.name, count: parsed.slides.length, encoding }));
      },
    });
  };

  const askReset = () =>
    setPending({
      question: t(m.resetQuestion, { count: slides.length }),
      confirm: () => {
        reset();
        onGoTo(1);
      },
    });

  return (
    <aside className="deck-editor" aria-label={t(m.editor)}>
      <h2>{t(m.heading, { count: slides.length, state: t(custom ? m.headingSaved : m.headingDefault) })}</h2>
      <div className="deck-actions">
        <button type="button" onClick={() => addAfterCurrent(captureView(t(m.newSlide)))} title={t(m.addCurrentHint)}>
          {t(m.addCurrent)}
        </button>
        <button type="button" onClick={() => addAfterCurrent(slideFromState(planner, t(m.plannerView)))} title={t(m.addPlannerHint)}>
          {t(m.addPlanner)}
        </button>
        <button type="button" onClick={() => download(t(m.deckFileName, { date: dateStamp() }), deckToJson(slides), 'application/json')}>
          {t(m.exportJson)}
        </button>
        <label className="file-button">
          {t(m.importJson)}
          <input ref={fileInput} type="file" accept=".json,application/json" aria-label={t(m.importJson)} onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
        <button type="button" disabled={!custom} onClick={askReset}>
          {t(m.resetDeck)}
        </button>
        {undo && (
          <button
            type="button"
            onClick={() => {
              undoReplace();
              onGoTo(1);
            }}
          >
            {t(m.undoWhat, { what: undo.what })}
          </button>
        )}
      </div>
      {pending && (
        <div className="deck-confirm" role="alertdialog" aria-label={t(m.confirmReplace)}>
          <p>
            {pending.question}
            {t(m.canUndo)}
          </p>
          <button
            type="button"
            onClick={() => {
              pending.confirm();
              setPending(null);
            }}
          >
            {t(m.replace)}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {t(m.cancel)}
          </button>
        </div>
      )}
      <p className="hint">{t(m.cameraHint)}</p>
      {importError && (
        <p className="deck-error" role="alert">
          {importError}
        </p>
      )}
      <ol className="deck-list" aria-label={t(m.slideList)}>
        {slides.map((slide, i) => {
          const n = i + 1;
          return (
            <li key={slide.id} className={n === current ? 'current' : undefined} aria-current={n === current ? 'step' : undefined}>
              <div className="deck-row-head">
                <button type="button" className="slide-number" onClick={() => onGoTo(n)} aria-label={t(m.goToSlide, { n })}>
                  {n}
                </button>
                <input
                  type="text"
                  value={slide.title}
                  maxLength={MAX_TITLE}
                  aria-label={t(m.slideTitle, { n })}
                  {...textField(i, slide, 'title')}
                />
                <span className="row-actions">
                  <button type="button" className="icon" disabled={i === 0} aria-label={t(m.moveUp, { n })} onClick={() => moveBy(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon" disabled={i === slides.length - 1} aria-label={t(m.moveDown, { n })} onClick={() => moveBy(i, 1)}>
                    ↓
                  </button>
                  <button type="button" className="icon" disabled={slides.length <= 1} aria-label={t(m.deleteSlide, { n })} onClick={() => {
                    remove(i);
                    if (n < current) onGoTo(current - 1);
                    else if (current > slides.length - 1) onGoTo(slides.length - 1);
                  }}>
                    ✕
                  </button>
                </span>
              </div>
              <textarea value={slide.caption} maxLength={MAX_CAPTION} rows={2} aria-label={t(m.slideCaption, { n })} {...textField(i, slide, 'caption')} />
              <textarea
                className="deck-notes"
                value={slide.notes ?? ''}
                maxLength={MAX_NOTES}
                rows={1}
                placeholder={t(m.notesPlaceholder)}
                aria-label={t(m.slideNotes, { n })}
                {...textField(i, slide, 'notes')}
              />
              <div className="deck-row-foot">
                <small>
                  <QuotedText text={slideSummary(slide)} />
                </small>
                {n === current && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      const { layers, camera, highlight, quota } = captureView('');
                      update(i, { layers, camera, highlight, quota });
                    }}
                  >
                    {t(m.useCurrentView)}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <h3>{t(m.shortcuts)}</h3>
      <dl className="key-help">
        {keyHelp().map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
