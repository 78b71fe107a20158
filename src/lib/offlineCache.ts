/**
 * Shared by the service worker (written by tools/serviceWorker.ts at build time) and the page.
 */

/** Header on an API answer served from the worker's copy while the network is down: when that copy was fetched (ISO time). */
export const OFFLINE_HEADER = 'x-dg-offline-at';
/** The worker's cache of API answers (health, session, quotas); the page deletes it on sign-out. */
export const API_CACHE = 'dg-api';
