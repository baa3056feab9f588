import { html, nothing, type TemplateResult } from 'lit';

/** A planner's table: caption, column heads, then rows of [row head, …cells]; `foot` is a totals row. */
export function plannerTable(
  part: string,
  caption: string,
  head: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  foot?: readonly unknown[],
): TemplateResult {
  const tr = (r: readonly unknown[]) =>
    html`<tr>
      <th scope="row">${r[0]}</th>
      ${r.slice(1).map((c) => html`<td class="num">${c}</td>`)}
    </tr>`;
  return html`<div class="table-wrap" tabindex="0">
    <table part=${part}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(tr)}
      </tbody>
      ${
        foot
          ? html`<tfoot>
              ${tr(foot)}
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}
