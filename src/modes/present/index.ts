/**
 * Presenter mode's public surface. For the deck export (src/export/): `applySlideAndWait(slide,
 * view)` applies one slide to the stores and the camera and resolves once the map is idle; the deck
 * itself is `useDeckStore.getState().slides`.
 */
export { PresenterMode } from './PresenterMode';
export { applySlideAndWait, applySlideToStores, captureCurrentView, moveCamera } from './applySlide';
export { useDeckStore } from './deck';
export { buildDefaultDeck } from './defaultDeck';
export { deckToJson, parseDeckJson } from './deckJson';
export type { Slide, SlideCamera, SlideQuota } from './slide';
