/**
 * Charts keep a readable text size whatever the width of the column: an SVG
 * drawn in a viewBox is never shown narrower than its viewBox (1 unit = 1 px,
 * so 11 px text stays 11 px) nor wider than 16/11 of it (text ≤ 16 px). In a
 * narrower column its figure scrolls sideways inside its own box (shared
 * styles: `figure { overflow-x: auto }`), never the page; a figure that
 * scrolls is a tab stop so the keyboard can scroll it too.
 *
 * Set through the CSSOM (`style.minWidth`…), not a style attribute: a strict
 * CSP allows it (see components/shared/style-props.ts).
 *
 * Whether a figure scrolls is read in a ResizeObserver callback, after the
 * browser's own layout of the frame: reading it right after an update forced
 * that layout inside the update's task (18–30 ms of a risk panel's result
 * render with 100,000 rows, most of a funnel-forecast's first render).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The largest scale of a chart: 16 px text from 11 px. */
export const MAX_CHART_SCALE = 16 / 11;

/**
 * Bound every `svg[viewBox]` of a root (the element's shadow root) to 1×–16/11× its viewBox width.
 * Returns the figures of the charts it sized (new, or a new viewBox width): their scrolling may have changed.
 */
export function fitCharts(root: ParentNode): HTMLElement[] {
  const sized: HTMLElement[] = [];
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[viewBox]')) {
    const w = svg.viewBox.baseVal?.width;
    if (!w) continue;
    const min = `${w}px`;
    if (svg.style.minWidth === min) continue;
    svg.style.minWidth = min;
    svg.style.maxWidth = `${Math.round(w * MAX_CHART_SCALE)}px`;
    svg.style.width = '100%';
    svg.style.height = 'auto';
    const fig = svg.parentElement;
    if (fig?.localName === 'figure') sized.push(fig);
  }
  return sized;
}

/** A figure whose chart scrolls sideways is a tab stop (reads layout: call it once layout is done). */
export function markScrolling(fig: Element): void {
  const scrolls = fig.scrollWidth > fig.clientWidth + 1;
  if (scrolls && !fig.hasAttribute('tabindex')) fig.setAttribute('tabindex', '0');
  else if (!scrolls && fig.getAttribute('tabindex') === '0') fig.removeAttribute('tabindex');
}

/** Fits the host's charts after each update, and marks their figures that scroll once laid out and when resized. */
export class ChartFit implements ReactiveController {
  private observer?: ResizeObserver;
  private readonly figures = new Set<HTMLElement>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      for (const e of entries) if (e.target.isConnected) markScrolling(e.target);
    });
    for (const fig of this.figures) this.observer.observe(fig);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    const sized = fitCharts(this.host.renderRoot);
    if (!sized.length) return;
    // Figures a re-render removed are not watched any longer.
    for (const fig of this.figures)
      if (!fig.isConnected) {
        this.figures.delete(fig);
        this.observer?.unobserve(fig);
      }
    for (const fig of sized) {
      this.figures.add(fig);
      if (!this.observer) markScrolling(fig);
      else {
        // Observing again delivers a first notification after the next layout, even at the same size.
        this.observer.unobserve(fig);
        this.observer.observe(fig);
      }
    }
  }
}
