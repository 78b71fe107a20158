/**
 * Keeps the scale bar readable beside the attribution. On a narrow map the attribution wraps (the
 * English one takes two lines at 390 px) and runs under the scale bar at the bottom left; the bar is
 * then lifted just above it, and put back when the attribution no longer reaches it.
 * Returns the function that stops following their sizes.
 */
export function keepScaleClearOfAttribution(scale: HTMLElement, attribution: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const place = () => {
    scale.style.marginBottom = '';
    const a = attribution.getBoundingClientRect();
    const s = scale.getBoundingClientRect();
    const overlaps = a.width > 0 && s.width > 0 && a.left < s.right && a.right > s.left && a.top < s.bottom && a.bottom > s.top;
    if (overlaps) scale.style.marginBottom = `${Math.ceil(s.bottom - a.top) + 4 + (parseFloat(getComputedStyle(scale).marginBottom) || 0)}px`;
  };
  const observer = new ResizeObserver(place);
  observer.observe(attribution);
  if (scale.parentElement) observer.observe(scale.parentElement);
  place();
  return () => observer.disconnect();
}
