import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LeadFlowResult } from '../../src/models/lead-flow.js';
import { POOLS, TRANSITION_REASONS, type Pool, type TransitionReason } from '../../src/schemas/lead-flow.js';
import { poolFlowLayout } from '../../src/charts/lead-flow.js';
import { poolFlowColumn } from '../../src/charts/lead-flow-column.js';
import { dueByPool, dueOfReason, flowsByReason, pageWindow, type ReasonFlow } from '../../src/views/lead-flow-pools.js';
import { codedField, dateCell, type LeadFlowContext } from './template-context.js';
import { flowColumnSvg } from './flow-column.js';
import { exportButtons } from './people-exports.js';
import { renderPager } from './pager.js';

/** The due list's state and what its controls do. */
export interface DueList {
  reason: TransitionReason | '';
  page: number;
  pageSize: number;
  setReason: (reason: TransitionReason | '') => void;
  setPage: (page: number) => void;
  /** CSV and Excel: the due list for people; JSON: the model's rows for the CRM. */
  export: (format: 'csv' | 'xlsx' | 'json') => void;
}

/** The pools tab: the flow chart of the transitions now due, the pool table (its text alternative) and the due list. */
export function renderPoolsTab(
  ctx: LeadFlowContext,
  r: LeadFlowResult,
  due: DueList,
  transfers?: TemplateResult,
): TemplateResult {
  const flows = flowsByReason(r.transitions);
  return html`${renderFlowChart(ctx, r, flows, transfers)} ${renderPoolTable(ctx, r)} ${renderDue(ctx, r, due)}`;
}

/** The pool chart; with an owner history, the transfers that happened under it (`transfers`, loaded on demand). */
function renderFlowChart(
  ctx: LeadFlowContext,
  r: LeadFlowResult,
  flows: readonly ReasonFlow[],
  transfers: TemplateResult | undefined,
): TemplateResult {
  const { t, fmt: f, rules } = ctx;
  const nodes = POOLS.map((p) => ({ key: p, count: r.pools[p], detached: p === 'blacklist' }));
  const layout = poolFlowLayout(nodes, flows, { width: 640 });
  const summary = t.flowSummary(
    POOLS.map((p) => `${t.pools[p]} ${f.integer(r.pools[p])}`).join(', '),
    flows.length
      ? flows
          .map((x) => `${f.integer(x.count)} ${t.pools[x.from]} → ${t.pools[x.to]} (${t.reasons[x.key](rules)})`)
          .join('; ')
      : t.noFlows,
  );
  const last = layout.nodes.length - 1;
  return html`<figure part="flow-chart" class="chart">
    <figcaption>${t.flowChart}</figcaption>
    <svg
      class="flow-wide"
      viewBox="0 0 ${layout.width} ${layout.height}"
      role="img"
      aria-label=${summary}
      preserveAspectRatio="xMinYMin meet"
    >
      ${layout.links.map(
        (l) => svg`<path class="flow ${l.key}" d=${l.path} stroke-width=${l.thickness}></path>
          <text x=${l.mx} y=${l.my + 4} text-anchor="middle" class="strong">${f.integer(l.count)}</text>`,
      )}
      ${layout.nodes.map((n, i) => {
        const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
        const x = i === 0 ? n.x : i === last ? n.x + n.width : n.x + n.width / 2;
        return svg`<rect class="node ${n.detached ? 'detached' : ''}" x=${n.x} y=${n.y} width=${n.width}
            height=${n.height} rx="2"></rect>
          <text x=${x} y=${n.y - 22} text-anchor=${anchor}>${t.pools[n.key as Pool]}</text>
          <text x=${x} y=${n.y - 8} text-anchor=${anchor} class="strong"
            >${f.integer(n.count)}${n.detached ? ` · ${t.manualOnly}` : ''}</text
          >`;
      })}
    </svg>
    ${flowColumnSvg(ctx, poolFlowColumn(nodes, flows), summary)}
    <ul class="legend">
      ${flows.map(
        (x) =>
          html`<li>
            <span class="key ${x.key}"></span>${t.reasons[x.key](rules)}: ${f.integer(x.count)} (${t.pools[x.from]} →
            ${t.pools[x.to]})
          </li>`,
      )}
    </ul>
    ${transfers ?? nothing}
  </figure>`;
}

function renderPoolTable({ t, fmt: f }: LeadFlowContext, r: LeadFlowResult): TemplateResult {
  const due = dueByPool(r.transitions);
  return html`<div class="table-wrap">
    <table part="pool-table">
      <caption>
        ${t.poolTable}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.pool}</th>
          <th scope="col" class="num">${t.count}</th>
          <th scope="col" class="num">${t.dueOutCol}</th>
          <th scope="col" class="num">${t.dueInCol}</th>
        </tr>
      </thead>
      <tbody>
        ${POOLS.map(
          (p) =>
            html`<tr data-pool=${p}>
              <th scope="row">
                ${t.pools[p]}${p === 'blacklist' ? html` <span class="weak">(${t.manualOnly})</span>` : nothing}
              </th>
              <td class="num">${f.integer(r.pools[p])}</td>
              <td class="num">${f.integer(due[p].out)}</td>
              <td class="num">${f.integer(due[p].in)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderDue(ctx: LeadFlowContext, r: LeadFlowResult, due: DueList): TemplateResult {
  const { t, fmt: f, rules, actions } = ctx;
  const rows = dueOfReason(r.transitions, due.reason);
  const w = pageWindow(rows.length, due.page, due.pageSize);
  const onReason = (e: Event) => due.setReason((e.target as HTMLSelectElement).value as TransitionReason | '');
  return html`<section part="due" aria-labelledby="due-title">
    <h3 id="due-title">${t.due} <span class="weak">(${f.integer(r.transitions.length)})</span></h3>
    <div class="controls">
      <label class="field"
        ><span>${t.reasonFilter}</span>
        <select id="reason-filter" @change=${onReason}>
          <option value="" ?selected=${due.reason === ''}>${t.allReasons}</option>
          ${TRANSITION_REASONS.map(
            (k) => html`<option value=${k} ?selected=${due.reason === k}>${t.reasons[k](rules)}</option>`,
          )}
        </select></label
      >
      ${exportButtons(
        ctx,
        'due',
        !rows.length,
        due.export,
        html`<button type="button" id="export-due-json" ?disabled=${!rows.length} @click=${() => due.export('json')}>
          ${actions.exportJson}
        </button>`,
      )}
    </div>
    <p class="weak">${t.peopleExportHint}</p>
    ${
      rows.length
        ? html`<div class="table-wrap" role="region" aria-label="${t.due} · ${actions.table}" tabindex="0">
              <table part="due-table">
                <caption class="visually-hidden">
                  ${t.due}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.id}</th>
                    <th scope="col">${t.owner}</th>
                    <th scope="col">${t.source}</th>
                    <th scope="col">${t.businessLine}</th>
                    <th scope="col">${t.from} → ${t.to}</th>
                    <th scope="col">${t.reason}</th>
                    <th scope="col">${t.poolEnteredAt}</th>
                    <th scope="col">${t.assignedAt}</th>
                  </tr>
                </thead>
                <tbody>
                  ${rows.slice(w.start, w.end).map(
                    (x) =>
                      html`<tr data-id=${String(x.id)} data-reason=${x.reason}>
                        <th scope="row">${String(x.id)}</th>
                        <td>${ctx.field(x.id, 'owner') ?? '—'}</td>
                        <td>${codedField(ctx, x.id, 'source')}</td>
                        <td>${codedField(ctx, x.id, 'businessLine')}</td>
                        <td>${t.poolShort[x.from]} → ${t.poolShort[x.to]}</td>
                        <td class="reason">${t.reasons[x.reason](rules)}</td>
                        <td>${dateCell(ctx, ctx.field(x.id, 'poolEnteredAt'))}</td>
                        <td>${dateCell(ctx, ctx.field(x.id, 'assignedAt'))}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${renderPager(ctx, rows.length, w, due.setPage, t.due)}`
        : html`<p>${t.noDue}</p>`
    }
  </section>`;
}
