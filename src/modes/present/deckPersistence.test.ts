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
