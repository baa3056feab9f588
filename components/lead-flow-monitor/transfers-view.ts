/**
 * Transfers that happened (docs/models.md §7 extras, issue 14; seed 001's 流轉
 * 個人-個人 and 公海-個人): counts by kind and, per owner, received, handed
 * over, claimed, released and claims converted. Loaded on first use
 * (load-orders.ts): only leads with an owner history need it.
 */
import { html, svg, type TemplateResult } from 'lit';
import { TRANSFER_KINDS, type TransferCounts } from '../../src/models/lead-flow-transfers.js';
import { transferFlowColumn, transferFlowLayout, type TransferSide } from '../../src/charts/lead-flow-transfers.js';
import type { FlowLayout } from '../../src/charts/lead-flow.js';
import type { LeadFlowContext } from './template-context.js';

const side = (key: string): TransferSide => (key.endsWith(':pool') ? 'pool' : 'rep');

/**
 * The transfers in the flow tab's chart: ribbons from the owner before (public pools, reps) to the owner
 * after, wide (left to right) and for a column of 420 px or less (top to bottom, by the same container
 * query as the pool chart), with the counts by kind as the table that is its text alternative.
 */
export function renderTransferFlows(ctx: LeadFlowContext, r: TransferCounts): TemplateResult {
  const { t, fmt: f, actions } = ctx;
  const summary = t.transferFlowSummary(
    TRANSFER_KINDS.map((k) => t.transferCount(t.transferKinds[k], f.integer(r.byKind[k]))).join('; '),
  );
  return html`<section part="transfer-flow" class="transfer-flow" aria-labelledby="transfer-flow-title">
    <h3 id="transfer-flow-title">${t.transferFlowTitle}</h3>
    ${wideSvg(ctx, transferFlowLayout(r.byKind), summary)} ${columnSvg(ctx, transferFlowColumn(r.byKind), summary)}
    <div class="table-wrap" role="region" aria-label="${t.transferFlowTitle} · ${actions.table}" tabindex="0">
      <table part="transfer-flow-table">
        <caption class="visually-hidden">
          ${t.transferFlowTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.transferKindCol}</th>
            <th scope="col">${t.transferBefore} → ${t.transferAfter}</th>
            <th scope="col" class="num">${t.transfersCol}</th>
          </tr>
        </thead>
        <tbody>
          ${TRANSFER_KINDS.map((k) => {
            const [from, to] = k.split('-to-') as [TransferSide, TransferSide];
            return html`<tr data-kind=${k}>
              <th scope="row"><span class="key ${k}"></span>${t.transferKinds[k]}</th>
              <td>${t.transferSides[from]} → ${t.transferSides[to]}</td>
              <td class="num">${f.integer(r.byKind[k])}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

function wideSvg({ t, fmt: f }: LeadFlowContext, l: FlowLayout, summary: string): TemplateResult {
  return svg`<svg class="flow-wide transfers" viewBox="0 0 ${l.width} ${l.height}" role="img" aria-label=${summary}
    preserveAspectRatio="xMinYMin meet">
    ${l.links.map(
      (k) => svg`<path class="flow ${k.key}" d=${k.path} stroke-width=${k.thickness}></path>
        <text x=${k.mx} y=${k.my + 4} text-anchor="middle" class="strong">${f.integer(k.count)}</text>`,
    )}
    ${l.nodes.map((n) => {
      const before = n.key.startsWith('before');
      const x = before ? n.x - 6 : n.x + n.width + 6;
      const anchor = before ? 'end' : 'start';
      return svg`<rect class="node" x=${n.x} y=${n.y} width=${n.width} height=${n.height} rx="2"></rect>
        <text x=${x} y=${n.y + Math.min(n.height, 24) / 2 + 4} text-anchor=${anchor}
          >${before ? t.transferBefore : t.transferAfter}: ${t.transferSides[side(n.key)]} · ${f.integer(n.count)}</text
        >`;
    })}
  </svg>`;
}

function columnSvg({ t, fmt: f }: LeadFlowContext, l: FlowLayout, summary: string): TemplateResult {
  const rowY = (before: boolean) => l.nodes[before ? 0 : 2]!.y;
  return svg`<svg class="flow-column transfers" viewBox="0 0 ${l.width} ${l.height}" role="img" aria-label=${summary}
    preserveAspectRatio="xMinYMin meet">
    ${l.links.map(
      (k) => svg`<path class="flow ${k.key}" d=${k.path} stroke-width=${k.thickness}></path>
        <text x=${k.mx + k.thickness / 2 + 3} y=${k.my + 4} class="strong small">${f.integer(k.count)}</text>`,
    )}
    <text x="0" y=${rowY(true) + 11} class="small">${t.transferBefore}</text>
    <text x="0" y=${rowY(false) + 11} class="small">${t.transferAfter}</text>
    ${l.nodes.map((n) => {
      const before = n.key.startsWith('before');
      return svg`<rect class="node" x=${n.x} y=${n.y} width=${n.width} height=${n.height} rx="2"></rect>
        <text x=${n.x} y=${before ? n.y - 5 : n.y + n.height + 14} class="small"
          >${t.transferSides[side(n.key)]} ${f.integer(n.count)}</text
        >`;
    })}
  </svg>`;
}

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
