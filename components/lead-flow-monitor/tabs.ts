import { html, type TemplateResult } from 'lit';
import type { LeadFlowTab } from '../../src/i18n/lead-flow.js';
import type { LeadFlowContext } from './template-context.js';

export const TABS: readonly LeadFlowTab[] = ['flow', 'sources', 'owners', 'reactivation', 'rules', 'data'];

/** The tab a key moves to in the tab list (arrows wrap, Home, End); undefined for other keys. */
function tabAfterKey(current: LeadFlowTab, key: string): LeadFlowTab | undefined {
  const i = TABS.indexOf(current);
  const n = TABS.length;
  if (key === 'ArrowRight' || key === 'ArrowDown') return TABS[(i + 1) % n];
  if (key === 'ArrowLeft' || key === 'ArrowUp') return TABS[(i - 1 + n) % n];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[n - 1];
  return undefined;
}

/** The tab list (ARIA tabs: one tab in the Tab order, arrows move between them and focus the new tab). */
export function renderTabList(
  { t }: LeadFlowContext,
  current: LeadFlowTab,
  select: (tab: LeadFlowTab, focus: boolean) => void,
): TemplateResult {
  const onKey = (e: KeyboardEvent) => {
    const next = tabAfterKey(current, e.key);
    if (!next) return;
    e.preventDefault();
    select(next, true);
  };
  return html`<div role="tablist" part="tabs" aria-label=${t.title} @keydown=${onKey}>
    ${TABS.map(
      (tab) =>
        html`<button
          type="button"
          role="tab"
          id="tab-${tab}"
          aria-controls="panel-${tab}"
          aria-selected=${tab === current ? 'true' : 'false'}
          tabindex=${tab === current ? '0' : '-1'}
          @click=${() => select(tab, false)}
        >
          ${t.tabs[tab]}
        </button>`,
    )}
  </div>`;
}

/** One tab panel; the panels of the other tabs stay in the document, hidden. */
export function renderTabPanel(tab: LeadFlowTab, current: LeadFlowTab, body: unknown): TemplateResult {
  return html`<div
    role="tabpanel"
    id="panel-${tab}"
    aria-labelledby="tab-${tab}"
    tabindex="0"
    ?hidden=${tab !== current}
  >
    ${body}
  </div>`;
}

/** What a data tab shows before there is any analysis: a pointer to the import tab. */
export function renderNoData({ t }: LeadFlowContext, goImport: () => void): TemplateResult {
  return html`<p class="row">
    <span class="weak">${t.noData}</span>
    <button type="button" @click=${goImport}>${t.goImport}</button>
  </p>`;
}
