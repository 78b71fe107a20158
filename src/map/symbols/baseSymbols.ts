/**
 * The base map's kinds in draw order (see index.ts for the whole symbol table). Kept in a module of
 * their own so the first frame (src/map/firstFrame/) draws the base map without loading the overlay
 * kinds, which read the plans.
 */
import { background } from './background';
import { cityBorder } from './cityBorder';
import { dimOutside } from './dimOutside';
import { outlined } from './outlined';
import { selection } from './selection';
import { townBorder } from './townBorder';
import { townFill } from './townFill';
import { townLabel } from './townLabel';
import type { BaseSymbol } from './types';

/** The base map's kinds in draw order: the base style is their layers, the Canvas2D base map their drawings. */
export const BASE_SYMBOLS = [background, townFill, townBorder, dimOutside, outlined, selection, cityBorder, townLabel] as const satisfies readonly (BaseSymbol & { layerId: string })[];
