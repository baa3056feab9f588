/** What the planners' “from history” sections share (funnel-forecast §3c, sales-target-planner §3d). */
import { html, type TemplateResult } from 'lit';

/** A labelled select of periods (months of the window, years read), the chosen one passed to `pick`. */
export function periodSelect(
  id: string,
  label: string,
  periods: readonly number[],
  value: number,
  text: (n: number) => string,
  pick: (n: number) => void,
): TemplateResult {
  return html`<div class="field">
    <label for="${id}-p">${label}</label
    ><select id="${id}-p" @change=${(e: Event) => pick(Number((e.target as HTMLSelectElement).value))}>
      ${periods.map((n) => html`<option value=${n} ?selected=${n === value}>${text(n)}</option>`)}
    </select>
  </div>`;
}
