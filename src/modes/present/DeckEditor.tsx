import { useRef, useState } from 'react';
import { dateStamp, download } from '../../app/download';
import { useNoticeStore } from '../../state/noticeStore';
import { slideFromState, type PlannerSnapshot } from './applySlide';
import { useDeckStore } from './deck';
import { deckFileSizeProblem, deckToJson, parseDeckJson } from './deckJson';
import { readFileDecoded } from '../../lib/readFile';
import { KEY_HELP } from './commands';
import { slideSummary } from './slideSummary';
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
      setImportError(`无法导入「${file.name}」：${tooLarge}`);
      return;
    }
    const decoded = await readFileDecoded(file);
    if (fileInput.current) fileInput.current.value = '';
    const parsed = decoded.ok ? parseDeckJson(decoded.text) : decoded;
    if (!parsed.ok) {
      setImportError(`无法导入「${file.name}」：${parsed.error}`);
      return;
    }
    setImportError(null);
    const encoding = decoded.ok && decoded.encoding !== 'UTF-8' ? `（按 ${decoded.encoding} 编码读取）` : '';
    setPending({
      question: `用「${file.name}」中的 ${parsed.slides.length} 张幻灯片替换现在的 ${slides.length} 张吗？${encoding}`,
      confirm: () => {
        replace(parsed.slides, '导入');
        onGoTo(1);
        notify('info', `已从「${file.name}」导入 ${parsed.slides.length} 张幻灯片${encoding}。可点“撤销导入”恢复原来的幻灯片。`);
      },
    });
  };

  const askReset = () =>
    setPending({
      question: `用默认的幻灯片替换现在的 ${slides.length} 张吗？`,
      confirm: () => {
        reset();
        onGoTo(1);
      },
    });

  return (
    <aside className="deck-editor" aria-label="编辑幻灯片">
      <h2>幻灯片（{slides.length} 张{custom ? '，已保存在本浏览器' : '，默认'}）</h2>
      <div className="deck-actions">
        <button type="button" onClick={() => addAfterCurrent(captureView('新幻灯片'))} title="把地图上现在的图层、所选镇街和指标着色存为新的一张，放在当前这张之后">
          添加当前视图
        </button>
        <button type="button" onClick={() => addAfterCurrent(slideFromState(planner, '规划图视图'))} title="把进入汇报前规划图上的图层、所选镇街和指标着色存为新的一张">
          添加规划图视图
        </button>
        <button type="button" onClick={() => download(`汇报幻灯片-${dateStamp()}.json`, deckToJson(slides), 'application/json')}>
          导出 JSON
        </button>
        <label className="file-button">
          导入 JSON
          <input ref={fileInput} type="file" accept=".json,application/json" aria-label="导入 JSON" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
        <button type="button" disabled={!custom} onClick={askReset}>
          恢复默认幻灯片
        </button>
        {undo && (
          <button
            type="button"
            onClick={() => {
              undoReplace();
              onGoTo(1);
            }}
          >
            撤销{undo.what}
          </button>
        )}
      </div>
      {pending && (
        <div className="deck-confirm" role="alertdialog" aria-label="确认替换幻灯片">
          <p>{pending.question}替换后可以撤销。</p>
          <button
            type="button"
            onClick={() => {
              pending.confirm();
              setPending(null);
            }}
          >
            替换
          </button>
          <button type="button" onClick={() => setPending(null)}>
            取消
          </button>
        </div>
      )}
      <p className="hint">镜头按所选镇街近似（无选择时为全市）。</p>
      {importError && (
        <p className="deck-error" role="alert">
          {importError}
        </p>
      )}
      <ol className="deck-list" aria-label="幻灯片列表">
        {slides.map((slide, i) => {
          const n = i + 1;
          return (
            <li key={slide.id} className={n === current ? 'current' : undefined} aria-current={n === current ? 'step' : undefined}>
              <div className="deck-row-head">
                <button type="button" className="slide-number" onClick={() => onGoTo(n)} aria-label={`转到第 ${n} 张`}>
                  {n}
                </button>
                <input
                  type="text"
                  value={slide.title}
                  maxLength={MAX_TITLE}
                  aria-label={`第 ${n} 张标题`}
                  {...textField(i, slide, 'title')}
                />
                <span className="row-actions">
                  <button type="button" className="icon" disabled={i === 0} aria-label={`上移第 ${n} 张`} onClick={() => moveBy(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon" disabled={i === slides.length - 1} aria-label={`下移第 ${n} 张`} onClick={() => moveBy(i, 1)}>
                    ↓
                  </button>
                  <button type="button" className="icon" disabled={slides.length <= 1} aria-label={`删除第 ${n} 张`} onClick={() => {
                    remove(i);
                    if (n < current) onGoTo(current - 1);
                    else if (current > slides.length - 1) onGoTo(slides.length - 1);
                  }}>
                    ✕
                  </button>
                </span>
              </div>
              <textarea value={slide.caption} maxLength={MAX_CAPTION} rows={2} aria-label={`第 ${n} 张说明`} {...textField(i, slide, 'caption')} />
              <textarea
                className="deck-notes"
                value={slide.notes ?? ''}
                maxLength={MAX_NOTES}
                rows={1}
                placeholder="讲稿备注（只在演讲者视图和 PowerPoint 备注中）"
                aria-label={`第 ${n} 张讲稿备注`}
                {...textField(i, slide, 'notes')}
              />
              <div className="deck-row-foot">
                <small>{slideSummary(slide)}</small>
                {n === current && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      const { layers, camera, highlight, quota } = captureView('');
                      update(i, { layers, camera, highlight, quota });
                    }}
                  >
                    改为当前视图
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <h3>快捷键</h3>
      <dl className="key-help">
        {KEY_HELP.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
