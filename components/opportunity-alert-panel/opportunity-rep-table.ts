/**
 * The rep roll-up of the team view (issue 14): per owner over the
 * opportunities shown, rows by level, amount at risk, days idle and the
 * rank (src/views/risk-owners.ts, the model's roll-up). Choosing a rep
 * filters the list to their opportunities (again: every owner).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import type { RepRiskRow } from '../../src/models/owner-rollup.js';
import { repRollUp, repRollUpSteps } from '../../src/views/risk-owners.js';
import type { OpportunityContext } from './opportunity-row.js';

// Rows per view shown: the table re-renders on a locale change too, without counting again.
const byView = new WeakMap<Int32Array, { facets: unknown; rows: RepRiskRow[] }>();

function reps(c: OpportunityContext): RepRiskRow[] {
  const hit = byView.get(c.view);
  if (hit?.facets === c.facets) return hit.rows;
  const rows = repRollUp(c.facets, c.list, c.view, c.aggregates.ownerColumn);
  byView.set(c.view, { facets: c.facets, rows });
  return rows;
}

/**
 * The reps of the view shown computed in steps (kept for its render): before the team view is first drawn,
 * so the roll-up over every row (its code not yet compiled on a new page) is not inside that render's task.
 */
export function prepareReps(c: OpportunityContext): Generator<void, void, void> {
  // The view and its inputs as of the call (the steps run later, when the panel may show another view).
  const { view, facets, list } = c;
  const owners = c.aggregates.ownerColumn;
  return (function* () {
    if (byView.get(view)?.facets === facets) return;
    const rows = yield* repRollUpSteps(facets, list, view, owners);
    byView.set(view, { facets, rows });
  })();
}

export function repTable(c: OpportunityContext): TemplateResult | typeof nothing {
  const rows = reps(c);
  // One row without an owner is no roll-up: the data has no owners.
  if (!rows.length || (rows.length === 1 && rows[0]!.owner === null)) return nothing;
  const t = OPPORTUNITY[c.loc];
  const f = c.f;
  const days = (v: number | null) => (v === null ? '—' : f.number(v, 1));
  return html`<div class="table-wrap">
    <table part="rep-table" class="owners">
      <caption>
        ${t.reps}
        <span class="weak">· ${t.repsHint}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.rep}</th>
          <th scope="col" class="num">${t.rank}</th>
          <th scope="col" class="num">${t.open}</th>
          <th scope="col" class="num">${c.r.levels.critical}</th>
          <th scope="col" class="num">${c.r.levels.warning}</th>
          <th scope="col" class="num">${t.amountAtRisk}</th>
          <th scope="col" class="num">${t.staleMedian}</th>
          <th scope="col" class="num">${t.staleMax}</th>
        </tr>
      </thead>
      <tbody data-roving="vertical">
        ${rows.map((r) => {
          const name = r.owner ?? t.noOwner;
          const on = r.owner !== null && c.filters.owner === r.owner;
          return html`<tr data-owner=${r.owner ?? '-'}>
            <th scope="row">
              ${
                r.owner === null
                  ? html`<span class="weak">${name}</span>`
                  : html`<button
                      type="button"
                      class="owner-button"
                      aria-pressed=${on ? 'true' : 'false'}
                      @click=${() => c.setFilters({ ...c.filters, owner: on ? '' : r.owner! })}
                    >
                      ${name}
                    </button>`
              }
            </th>
            <td class="num">${r.rank === null ? '—' : f.integer(r.rank)}</td>
            <td class="num">${f.integer(r.open)}</td>
            <td class="num">${f.integer(r.critical)}</td>
            <td class="num">${f.integer(r.warning)}</td>
            <td class="num" data-value=${r.amountAtRisk}>${f.money(r.amountAtRisk)}</td>
            <td class="num">${days(r.staleDaysMedian)}</td>
            <td class="num">${days(r.staleDaysMax)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
