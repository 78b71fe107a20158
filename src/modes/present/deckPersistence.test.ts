import { afterEach, describe, expect, it } from 'vitest';
import { useDeckStore } from './deck';
import { buildDefaultDeck } from './defaultDeck';
import { DECK_STORAGE_KEY, initDeckPersistence, loadDeck, saveDeck, stopDeckPersistence } from './deckPersistence';
import type { Slide } from './slide';

const slide: Slide = { id: 'x', title: '我的一张', caption: '说明', layers: ['core-songshanhu'], camera: { kind: 'towns', towns: ['松山湖管委会'] }, highlight: ['松山湖管委会'], quota: null };

afterEach(() => {
  stopDeckPersistence();
  useDeckStore.getState().reset();
});

describe('deck persistence', () => {
  it('saves and loads a deck', () => {
    saveDeck([slide]);
    expect(loadDeck()).toEqual({ slides: [slide], notice: null, rejectedKey: null, canSave: true });
  });

  it('nothing saved: the default deck, no notice', () => {
    expect(loadDeck()).toEqual({ slides: null, notice: null, rejectedKey: null, canSave: true });
  });

  it('keeps a corrupted saved deck aside under another key and says where', () => {
    localStorage.setItem(DECK_STORAGE_KEY, '{"format":"dgmap-deck","schemaVersion":1,"slides":[{"title":1}]');
    const result = loadDeck(localStorage, () => 1234);
    expect(result.slides).toBeNull();
    expect(result.rejectedKey).toBe('dgmap.deck.rejected.1234');
    expect(localStorage.getItem('dgmap.deck.rejected.1234')).toBe('{"format":"dgmap-deck","schemaVersion":1,"slides":[{"title":1}]');
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
    expect(result.notice).toContain('不是有效的 JSON');
    expect(result.notice).toContain('dgmap.deck.rejected.1234');
    expect(result.notice).toContain('默认幻灯片');
  });

  it('a saved deck of the wrong shape is also kept aside, with the problem named', () => {
    localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify({ format: 'dgmap-deck', schemaVersion: 1, slides: [{ ...slide, layers: ['gone'] }] }));
    const result = loadDeck(localStorage, () => 5);
    expect(result.notice).toContain('图层“gone”不存在');
    expect(localStorage.getItem('dgmap.deck.rejected.5')).not.toBeNull();
  });

  it('init loads the saved deck into the store and saves later edits; the default deck is not saved', () => {
    expect(initDeckPersistence()).toBeNull();
    expect(useDeckStore.getState().slides).toEqual(buildDefaultDeck());
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
    useDeckStore.getState().update(0, { title: '改过的标题' });
    expect(loadDeck().slides?.[0].title).toBe('改过的标题');
    useDeckStore.getState().reset();
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();

    stopDeckPersistence();
    saveDeck([slide]);
    initDeckPersistence();
    expect(useDeckStore.getState().slides).toEqual([slide]);
  });

  it('init with a corrupted deck returns the notice and uses the defaults', () => {
    localStorage.setItem(DECK_STORAGE_KEY, 'garbage');
    const notice = initDeckPersistence({ now: () => 77 });
    expect(notice).toContain('dgmap.deck.rejected.77');
    expect(useDeckStore.getState().slides).toEqual(buildDefaultDeck());
  });
});

describe('two tabs on one deck', () => {
  const other = (slides: Slide[]) => {
    // Another tab saves (same origin, same localStorage).
    saveDeck(slides);
    return localStorage.getItem(DECK_STORAGE_KEY);
  };
  const a: Slide = { ...slide, id: 'a', title: 'A' };
  const b: Slide = { ...slide, id: 'b', title: 'B' };

  it("takes over another tab's save at once, without writing it back", () => {
    saveDeck([a, b]);
    initDeckPersistence();
    const raw = other([a, { ...b, title: '另一窗口改的 B' }]);
    window.dispatchEvent(new StorageEvent('storage', { key: DECK_STORAGE_KEY, newValue: raw, storageArea: localStorage }));
    expect(useDeckStore.getState().slides.map((s) => s.title)).toEqual(['A', '另一窗口改的 B']);
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBe(raw);
  });

  it('another tab restoring the default deck is followed too', () => {
    saveDeck([a, b]);
    initDeckPersistence();
    localStorage.removeItem(DECK_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: DECK_STORAGE_KEY, newValue: null, storageArea: localStorage }));
    expect(useDeckStore.getState().slides).toEqual(buildDefaultDeck());
    expect(useDeckStore.getState().custom).toBe(false);
  });

  it('a save that lands before its event is merged with the next edit here: both edits kept', () => {
    saveDeck([a, b]);
    initDeckPersistence();
    other([a, { ...b, title: '另一窗口改的 B' }]);
    useDeckStore.getState().update(0, { title: '本窗口改的 A' });
    const saved = loadDeck().slides!.map((s) => s.title);
    expect(saved).toEqual(['本窗口改的 A', '另一窗口改的 B']);
    expect(useDeckStore.getState().slides.map((s) => s.title)).toEqual(saved);
  });

  it('both tabs changing the same title at once: the later wins everywhere, this tab is told what it lost and can take it back', () => {
    saveDeck([a, b]);
    const conflicts: { text: string; takeBack?: { label: string; perform: () => void } }[] = [];
    initDeckPersistence({ onConflict: (text, takeBack) => conflicts.push({ text, takeBack }), channel: null });
    useDeckStore.getState().update(0, { title: '本窗口的 A' });
    // The other tab changed the same title a moment later, without having seen this tab's edit.
    const later = { at: Date.now() + 60_000, tab: 'other', base: null };
    const raw = JSON.stringify({ ...JSON.parse(other([{ ...a, title: '另一窗口的 A' }, b])!), sync: { stamps: { 'a|title': later }, removed: [] } });
    localStorage.setItem(DECK_STORAGE_KEY, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: DECK_STORAGE_KEY, newValue: raw, storageArea: localStorage }));
    expect(useDeckStore.getState().slides[0].title).toBe('另一窗口的 A');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].text).toContain('本窗口的 A');
    conflicts[0].takeBack!.perform();
    expect(useDeckStore.getState().slides[0].title).toBe('本窗口的 A');
    expect(loadDeck().slides![0].title).toBe('本窗口的 A');
  });
});

describe('what a local edit sends to the other tabs', () => {
  it('each edit sends the fields its action names, and a whole-deck action every field it changed', () => {
    const a: Slide = { ...slide, id: 'a', title: 'A' };
    const b: Slide = { ...slide, id: 'b', title: 'B' };
    const c: Slide = { ...slide, id: 'c', title: 'C' };
    saveDeck([a, b]);
    const sent: string[][] = [];
    const channel = { postMessage: (m: { entries: Record<string, unknown> }) => sent.push(Object.keys(m.entries).sort()), addEventListener: () => {}, removeEventListener: () => {} };
    initDeckPersistence({ channel });
    const deck = () => useDeckStore.getState();
    deck().update(0, { title: 'A2' });
    deck().update(0, { title: 'A2', caption: '新说明' }); // the title is as it was: only the caption goes
    deck().add(c, 1);
    deck().move(2, -1);
    deck().remove(0);
    deck().replace([a]);
    expect(sent.slice(0, 5)).toEqual([
      ['a|title'],
      ['a|caption'],
      ['#order', 'c|#alive', 'c|camera', 'c|caption', 'c|highlight', 'c|layers', 'c|title'], // notes and quota are empty, as before it existed
      ['#order'],
      ['#order', 'a|#alive'],
    ]);
    // The import brings 'a' back as it was and drops b and c.
    expect(sent[5]).toEqual(['#order', 'a|#alive', 'a|caption', 'a|title', 'b|#alive', 'c|#alive']);
    expect(loadDeck().slides!.map((x) => x.title)).toEqual(['A']);
  });
});

describe('import and restore can be undone', () => {
  it('restoring the default deck and undoing it puts the edited deck back, saved', () => {
    saveDeck([slide]);
    initDeckPersistence();
    useDeckStore.getState().reset();
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
    expect(useDeckStore.getState().undo?.what).toBe('恢复默认');
    useDeckStore.getState().undoReplace();
    expect(useDeckStore.getState().slides).toEqual([slide]);
    expect(loadDeck().slides).toEqual([slide]);
  });

  it('with a saved deck present, an import undoes to the exact prior deck, in the store and in storage', () => {
    saveDeck([slide, { ...slide, id: 'second', title: '第二张' }]);
    initDeckPersistence({ channel: null });
    const before = useDeckStore.getState().slides;
    useDeckStore.getState().replace([{ ...slide, id: 'imported', title: '导入的' }]);
    expect(loadDeck().slides!.map((s) => s.title)).toEqual(['导入的']);
    useDeckStore.getState().undoReplace();
    expect(useDeckStore.getState().slides).toEqual(before);
    expect(loadDeck().slides).toEqual(before);
  });

  it('an import can be undone until the next edit', () => {
    initDeckPersistence();
    useDeckStore.getState().replace([slide]);
    expect(useDeckStore.getState().undo?.what).toBe('导入');
    useDeckStore.getState().undoReplace();
    expect(useDeckStore.getState().slides).toEqual(buildDefaultDeck());
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
    useDeckStore.getState().replace([slide]);
    useDeckStore.getState().update(0, { title: '再改' });
    expect(useDeckStore.getState().undo).toBeNull();
  });
});
