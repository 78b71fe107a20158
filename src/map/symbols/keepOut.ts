/**
 * Keep-out boxes: invisible icons over each base circle and along each corridor axis, placed before
 * the town labels (after the base labels), so town labels move aside or give way: a subject is never
 * under a town's name, and the dashed corridor never runs through a label.
 */
import type { OverlayImage } from '../overlaySpec';

export const KEEP_OUT = {
  order: 115,
  imageId: 'keep-out',
  /** The image's size: fully transparent, so only its box counts (label collision), scaled with icon-size. */
  size: 8,
} as const;

export const keepOutImage = (): OverlayImage => ({ id: KEEP_OUT.imageId, svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${KEEP_OUT.size}" height="${KEEP_OUT.size}"/>`, width: KEEP_OUT.size, height: KEEP_OUT.size });

/** Invisible: a box other labels keep clear of (placed before them), never itself hidden. */
export const keepOutLayout = { 'icon-image': KEEP_OUT.imageId, 'icon-allow-overlap': true, 'icon-ignore-placement': false } as const;
