import { html, nothing, type TemplateResult } from 'lit';
import type { LeadFlowResult, RollupFigures } from '../../src/models/lead-flow.js';
import { dayCount } from '../../src/i18n/lead-flow.js';
import type { LeadFlowContext } from './template-context.js';

/** The figures of a roll-up row, in the heat table's column order (unshaded). */
function figureCells({ fmt: f }: LeadFlowContext, r: RollupFigures): TemplateResult {
  return html`<td class="num">${f.integer(r.supplied)}</td>
    <td class="num">${f.percent(r.followUpRate)}</td>
    <td class="num">${f.percent(r.conversionRate)}</td>
    <td class="num">${f.money(r.revenue)}</td>
    <td class="num">${f.money(r.cost)}</td>
    <td class="num">${f.money(r.costPerLead)}</td>
    <td class="num ${r.roi === null ? '' : r.roi < 0 ? 'neg' : 'pos'}">${f.percent(r.roi, 0)}</td>`;
}

function figureHeads({ t, locale, rules }: LeadFlowContext): TemplateResult {
  const sla = dayCount(locale, rules.followUpSlaDays);
  return html`${[t.supplied, t.followUpRate(sla), t.conversionRate, t.revenue, t.cost, t.costPerLead, t.roi].map(
    (label) => html`<th scope="col" class="num">${label}</th>`,
  )}`;
}

/** The company's row of a table (a `tfoot`), or nothing without the roll-ups. */
export function renderTotalRow(ctx: LeadFlowContext, r: LeadFlowResult): TemplateResult | typeof nothing {
  if (!r.total) return nothing;
  return html`<tfoot>
    <tr class="total-row" data-total="company">
      <th scope="row">${ctx.t.companyTotal}</th>
      ${figureCells(ctx, r.total)}
    </tr>
  </tfoot>`;
}

/**
 * ROI by business line (each source's cost shared among its lines by leads
 * supplied) and by source group, each with the company total; nothing
 * without the roll-ups (no monthly costs and no source groups given).
 */
export function renderRollups(ctx: LeadFlowContext, r: LeadFlowResult): TemplateResult | typeof nothing {
  const { t } = ctx;
  if (!r.byLine || !r.total) return nothing;
  const table = (id: string, part: string, caption: string, keyHead: string, rows: TemplateResult[]) =>
    html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
      <table part=${part}>
        <caption id="${id}-caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${keyHead}</th>
            ${figureHeads(ctx)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
        ${renderTotalRow(ctx, r)}
      </table>
    </div>`;
  const lines = r.byLine.map(
    (l) =>
      html`<tr data-line=${l.businessLine}>
        <th scope="row">${l.businessLine}</th>
        ${figureCells(ctx, l)}
      </tr>`,
  );
  const groups = (r.byGroup ?? []).map(
    (g) =>
      html`<tr data-group=${g.group}>
        <th scope="row">${g.group} <span class="weak">(${g.sources.join(', ')})</span></th>
        ${figureCells(ctx, g)}
      </tr>`,
  );
  return html`${table('line-roi', 'line-table', t.byLineCaption, t.businessLine, lines)}
  ${groups.length ? table('group-roi', 'group-table', t.byGroupCaption, t.group, groups) : nothing}`;
}
