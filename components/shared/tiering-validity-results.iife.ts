/**
 * tiering-validity-results.ts for the full one-file script (vite.iife.config.ts puts this module in its place):
 * the history's guard and the check's and calibration's results are a file beside the script (a dynamic import: iifeLazyChunks),
 * loaded the first time a card has a check or a proposal to show, so a card without history never loads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ValidityView } from './tiering-validity.js';

type Results = typeof import('./tiering-validity-results.js');

let render: Results['renderResults'] | undefined;
let loading: Promise<void> | undefined;
/** Controllers whose hosts rendered the placeholder: rendered again once the results are in. */
const waiting = new Set<ValidityView['importView']['ctl']>();

export function renderResults(v: ValidityView, refused: boolean): TemplateResult | typeof nothing {
  if (render) return render(v, refused);
  if (!v.check?.rows && !v.calibration) return nothing;
  waiting.add(v.importView.ctl);
  loading ??= import('./tiering-validity-results.js').then(
    (m) => {
      render = m.renderResults;
      for (const ctl of waiting) ctl.requestUpdate();
      waiting.clear();
    },
    () => {
      // Not served (yet): the next render asks again.
      loading = undefined;
    },
  );
  return html`<div class="validation" aria-busy="true"></div>`;
}
