/**
 * The CSM roll-up of the churn panel (issue 14): per owner over the
 * accounts shown, accounts by level, ARR at risk, renewals at risk and the
 * rank (src/views/csm-owners.ts, the model's roll-up). Choosing a CSM
 * filters the list to their accounts (again: every CSM).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CHURN } from '../../src/i18n/churn-alerts.js';
import type { CsmRiskRow } from '../../src/models/owner-rollup.js';
import { csmRollUp } from '../../src/views/csm-owners.js';
import type { ChurnContext } from './churn-row.js';

// Rows per view shown: the table re-renders on a locale change too, without counting again.
const byView = new WeakMap<Int32Array, { facets: unknown; rows: CsmRiskRow[] }>();

function csms(c: ChurnContext): CsmRiskRow[] {
  const hit = byView.get(c.view);
  if (hit?.facets === c.facets) return hit.rows;
  const rows = csmRollUp(c.facets, c.list, c.view, { idx: c.aggregates.ownerIdx, names: c.aggregates.ownerList });
  byView.set(c.view, { facets: c.facets, rows });
  return rows;
}

export function csmView(c: ChurnContext): TemplateResult | typeof nothing {
  // No account has a CSM: no roll-up.
  if (!c.aggregates.owners.length) return nothing;
  const rows = csms(c);
  const t = CHURN[c.loc];
  const f = c.f;
  return html`<details part="csms" class="csm-view" open>
    <summary>${t.csms}</summary>
    <div class="body">
      <p class="weak">${t.csmsHint}</p>
      <div class="table-wrap">
        <table part="csm-table" class="owners">
          <caption class="visually-hidden">
            ${t.csms}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.csm}</th>
              <th scope="col" class="num">${t.rank}</th>
              <th scope="col" class="num">${t.accountsHead}</th>
              <th scope="col" class="num">${c.r.levels.critical}</th>
              <th scope="col" class="num">${c.r.levels.warning}</th>
              <th scope="col" class="num">${t.arrAtRisk}</th>
              <th scope="col" class="num">${t.renewingAtRiskShort}</th>
            </tr>
          </thead>
          <tbody data-roving="vertical">
            ${rows.map((r) => {
              const on = c.filters.owner === (r.owner ?? '-');
              return html`<tr data-owner=${r.owner ?? '-'}>
                <th scope="row">
                  <button
                    type="button"
                    class="owner-button"
                    aria-pressed=${on ? 'true' : 'false'}
                    @click=${() => c.setFilters({ ...c.filters, owner: on ? '' : (r.owner ?? '-') })}
                  >
                    ${r.owner ?? t.noCsm}
                  </button>
                </th>
                <td class="num">${r.rank === null ? '—' : f.integer(r.rank)}</td>
                <td class="num">${f.integer(r.accounts)}</td>
                <td class="num">${f.integer(r.critical)}</td>
                <td class="num">${f.integer(r.warning)}</td>
                <td class="num" data-value=${r.arrAtRisk}>${f.money(r.arrAtRisk)}</td>
                <td class="num">${f.integer(r.renewingAtRisk)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </div>
  </details>`;
}
