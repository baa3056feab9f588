import { html, nothing, type TemplateResult } from 'lit';
import type { PageWindow } from '../../src/views/lead-flow-pools.js';
import type { LeadFlowContext } from './template-context.js';

/** Previous / next buttons and “1–25 of 120” under a long list; nothing when the list fits on one page. */
export function renderPager(
  { t, fmt }: LeadFlowContext,
  total: number,
  w: PageWindow,
  go: (page: number) => void,
  label: string,
): TemplateResult | typeof nothing {
  if (w.pages <= 1) return nothing;
  return html`<nav class="pager" aria-label=${label}>
    <button type="button" ?disabled=${w.page === 0} @click=${() => go(w.page - 1)}>${t.prev}</button>
    <span role="status" aria-live="polite"
      >${t.shown(fmt.integer(w.start + 1), fmt.integer(w.end), fmt.integer(total))}</span
    >
    <button type="button" ?disabled=${w.page >= w.pages - 1} @click=${() => go(w.page + 1)}>${t.next}</button>
  </nav>`;
}
