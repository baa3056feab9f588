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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The largest scale of a chart: 16 px text from 11 px. */
export const MAX_CHART_SCALE = 16 / 11;

/**
 * Bound every `svg[viewBox]` of a root (the element's shadow root) to 1×–16/11× its viewBox width.
 * `all`: also check every figure for scrolling (after a resize); else only the charts just sized, so an
 * update that leaves the charts as they are forces no layout.
 */
export function fitCharts(root: ParentNode, all = false): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[viewBox]')) {
    const w = svg.viewBox.baseVal?.width;
    if (!w) continue;
    const min = `${w}px`;
    if (svg.style.minWidth !== min) {
      svg.style.minWidth = min;
      svg.style.maxWidth = `${Math.round(w * MAX_CHART_SCALE)}px`;
      svg.style.width = '100%';
      svg.style.height = 'auto';
    } else if (!all) continue;
    const fig = svg.parentElement;
    if (fig?.localName !== 'figure') continue;
    const scrolls = fig.scrollWidth > fig.clientWidth + 1;
    if (scrolls && !fig.hasAttribute('tabindex')) fig.setAttribute('tabindex', '0');
    else if (!scrolls && fig.getAttribute('tabindex') === '0') fig.removeAttribute('tabindex');
  }
}

/** Fits the host's charts after each update and when the host is resized. */
export class ChartFit implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => fitCharts(this.host.renderRoot, true));
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    fitCharts(this.host.renderRoot);
  }
}
