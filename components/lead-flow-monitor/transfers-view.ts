/**
 * Transfers that happened (docs/models.md §7 extras, issue 14; seed 001's 流轉
 * 個人-個人 and 公海-個人): counts by kind and, per owner, received, handed
 * over, claimed, released and claims converted. Loaded on first use
 * (load-orders.ts): only leads with an owner history need it.
 */
import { html, type TemplateResult } from 'lit';
import { TRANSFER_KINDS, type TransferCounts } from '../../src/models/lead-flow-transfers.js';
import type { LeadFlowContext } from './template-context.js';

export function renderTransfers(ctx: LeadFlowContext, r: TransferCounts): TemplateResult {
  const { t, fmt: f, actions } = ctx;
  return html`<section part="transfers" aria-labelledby="transfers-title">
    <h4 id="transfers-title">${t.transfersTitle}</h4>
    <p class="weak">${t.transfersHint}</p>
    <ul class="transfer-kinds">
      ${TRANSFER_KINDS.map((k) => html`<li data-kind=${k}>${t.transferCount(t.transferKinds[k], f.integer(r.byKind[k]))}</li>`)}
    </ul>
    ${
      r.byOwner.length
        ? html`<div class="table-wrap" role="region" aria-label="${t.transfersTitle} · ${actions.table}" tabindex="0">
            <table part="transfer-table">
              <caption class="visually-hidden">
                ${t.transfersTitle}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.owner}</th>
                  <th scope="col" class="num">${t.received}</th>
                  <th scope="col" class="num">${t.handedOver}</th>
                  <th scope="col" class="num">${t.claimed}</th>
                  <th scope="col" class="num">${t.released}</th>
                  <th scope="col" class="num">${t.claimConversion}</th>
                </tr>
              </thead>
              <tbody>
                ${r.byOwner.map(
                  (o) =>
                    html`<tr data-owner=${o.owner}>
                      <th scope="row">${o.owner}</th>
                      <td class="num">${f.integer(o.received)}</td>
                      <td class="num">${f.integer(o.handedOver)}</td>
                      <td class="num">${f.integer(o.claimed)}</td>
                      <td class="num">${f.integer(o.released)}</td>
                      <td class="num">${f.integer(o.claimedConverted)} (${f.percent(o.claimConversionRate)})</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : ''
    }
  </section>`;
}
