/**
 * The plans people own in the risk panels (issue 14; docs/models.md "plans
 * people own"), loaded on first use (plan-host.ts): a record's plan (owner,
 * due date, a status per step, the review note 复盘, close and reopen), the
 * list of plans with overdue ones first and their exports, and the
 * playbook editor (title and steps of each playbook). State changes are
 * pure functions of src/models/plans.ts and src/views/playbooks.ts, made by
 * the panel through the PlanHost.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PLANS } from '../../../src/i18n/plans.js';
import { PLAN_STEP_STATUSES } from '../../../src/schemas/plan-statuses.js';
import { planFigures, type Plan, type PlanStepStatus } from '../../../src/models/plans.js';
import { dayNumber } from '../../../src/models/math.js';
import { isEdited, planList, resolvePlaybooks } from '../../../src/views/playbooks.js';
import type { PlanHost } from './plan-host.js';

/** A safe id part from a row key (keys may hold any text). */
const idOf = (rowKey: string): string => rowKey.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

/** The overdue badge of a plan, or nothing. */
export function overdueBadge(h: PlanHost, plan: Plan | undefined): TemplateResult | typeof nothing {
  if (!plan) return nothing;
  const fig = planFigures(plan, dayNumber(h.asOf));
  return fig.overdue
    ? html`<span class="badge overdue" part="plan-overdue">${PLANS[h.loc].overdue(h.f.integer(fig.daysOverdue))}</span>`
    : nothing;
}

/**
 * A record's plan: a button to open one (from the playbooks of `codes`, the
 * row's signal codes or actions), or the plan with its fields.
 */
export function recordPlan(
  h: PlanHost,
  rowKey: string,
  record: string,
  codes: readonly string[],
  wordsOf: (code: string) => string,
): TemplateResult {
  const t = PLANS[h.loc];
  const plan = h.plans[rowKey];
  const id = `plan-${idOf(rowKey)}`;
  if (!plan)
    return html`<section part="record-plan" class="record-plan">
      <h3>${t.plan}</h3>
      <p class="weak">${t.openPlanHint}</p>
      <button type="button" class="open-plan" @click=${() => h.openPlan(rowKey, record, codes, wordsOf)}>
        ${t.openPlan}
      </button>
    </section>`;
  const fig = planFigures(plan, dayNumber(h.asOf));
  const closed = plan.status === 'closed';
  return html`<section
    part="record-plan"
    class="record-plan ${fig.overdue ? 'is-overdue' : ''}"
    data-status=${plan.status}
  >
    <h3>
      ${t.plan} <span class="weak">· ${t.planStatus[plan.status]} · ${t.progress(fig.done, fig.total)}</span>
      ${overdueBadge(h, plan)}
    </h3>
    <p class="weak">${h.kept ? t.keptHint : t.sessionHint}</p>
    <div class="plan-fields">
      <label for="${id}-owner">${t.owner}</label>
      <input
        id="${id}-owner"
        type="text"
        autocomplete="off"
        .value=${plan.owner ?? ''}
        ?disabled=${closed}
        @change=${(e: Event) => h.planAction(rowKey, { type: 'assign', owner: (e.target as HTMLInputElement).value })}
      />
      <label for="${id}-due">${t.due}</label>
      <input
        id="${id}-due"
        type="date"
        .value=${plan.due ?? ''}
        ?disabled=${closed}
        @change=${(e: Event) => h.planAction(rowKey, { type: 'due', due: (e.target as HTMLInputElement).value || null })}
      />
    </div>
    <ol class="plan-steps">
      ${plan.steps.map(
        (s) =>
          html`<li data-step=${s.key} data-status=${s.status}>
            <span class="step-text">${s.text}</span>
            <select
              aria-label=${t.statusOf(s.text)}
              ?disabled=${closed}
              @change=${(e: Event) =>
                h.planAction(rowKey, {
                  type: 'step',
                  key: s.key,
                  status: (e.target as HTMLSelectElement).value as PlanStepStatus,
                })}
            >
              ${PLAN_STEP_STATUSES.map(
                (v) => html`<option value=${v} ?selected=${s.status === v}>${t.stepStatus[v]}</option>`,
              )}
            </select>
          </li>`,
      )}
    </ol>
    <label for="${id}-review">${t.review}</label>
    <textarea
      id="${id}-review"
      rows="2"
      aria-describedby="${id}-review-hint"
      .value=${plan.review ?? ''}
      @change=${(e: Event) => h.planAction(rowKey, { type: 'review', text: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
    <p id="${id}-review-hint" class="weak">${t.reviewHint}</p>
    <div class="row">
      ${
        closed
          ? html`<span class="weak">${t.closedOn(h.day(plan.closedAt))}</span>
              <button type="button" class="reopen" @click=${() => h.planAction(rowKey, { type: 'reopen' })}>
                ${t.reopen}
              </button>`
          : html`<button
              type="button"
              class="close-plan"
              @click=${() => h.planAction(rowKey, { type: 'close', at: h.asOf })}
            >
              ${t.close}
            </button>`
      }
    </div>
  </section>`;
}

/** Every saved plan, overdue first, with the exports for the CRM. */
export function planListView(h: PlanHost): TemplateResult {
  const t = PLANS[h.loc];
  const rows = planList(h.plans, h.asOf);
  const open = rows.filter((r) => r.plan.status === 'open').length;
  const overdue = rows.filter((r) => r.overdue).length;
  return html`<details part="plans" class="plans-view" ?open=${rows.length > 0}>
    <summary>
      ${t.plans}${rows.length ? html` <span class="weak">(${h.f.integer(rows.length)})</span>` : nothing}
    </summary>
    <div class="body">
      ${
        rows.length
          ? html`<p class="weak">${t.plansHint(open, overdue)}</p>
              <div class="table-wrap">
                <table part="plans-table">
                  <caption class="visually-hidden">
                    ${t.plans}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.record}</th>
                      <th scope="col">${t.owner}</th>
                      <th scope="col">${t.due}</th>
                      <th scope="col">${t.plan}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      (r) =>
                        html`<tr data-row=${r.rowKey} class=${r.overdue ? 'is-overdue' : ''}>
                          <th scope="row">${h.recordName(r.rowKey)}</th>
                          <td>${r.plan.owner ?? '—'}</td>
                          <td>${r.plan.due ? h.day(r.plan.due) : '—'}</td>
                          <td>
                            ${t.planStatus[r.plan.status]} · ${t.progress(r.done, r.total)}
                            ${
                              r.overdue
                                ? html`<strong class="badge overdue">${t.overdue(h.f.integer(r.daysOverdue))}</strong>`
                                : nothing
                            }
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <div class="row">
                <button type="button" class="export-tasks" @click=${() => h.exportPlans('csv')}>${t.exportCsv}</button>
                <button type="button" class="export-plans" @click=${() => h.exportPlans('json')}>
                  ${t.exportJson}
                </button>
              </div>`
          : html`<p class="weak">${t.noPlans}</p>`
      }
    </div>
  </details>`;
}

/** The playbook editor: each playbook's title and steps (text, order, add, remove), and back to the default. */
export function playbookEditor(h: PlanHost): TemplateResult {
  const t = PLANS[h.loc];
  const books = resolvePlaybooks(h.defaults, h.edits);
  return html`<fieldset part="playbooks" class="playbooks">
    <legend>${t.playbooks}</legend>
    <p class="weak">${t.playbooksHint}</p>
    ${books.map((p) => {
      const id = `pb-${idOf(p.key)}`;
      const edited = isEdited(h.edits, p.key);
      const n = p.steps.length;
      return html`<details class="playbook" data-playbook=${p.key}>
        <summary>${p.title}${edited ? html` <span class="weak">· ${t.edited}</span>` : nothing}</summary>
        <div class="body">
          <label for="${id}-title">${t.playbookTitle}</label>
          <input
            id="${id}-title"
            type="text"
            .value=${p.title}
            @change=${(e: Event) =>
              h.editPlaybook(p.key, { type: 'title', text: (e.target as HTMLInputElement).value })}
          />
          <ol class="playbook-steps">
            ${p.steps.map(
              (s, i) =>
                html`<li data-step=${s.key}>
                  <label for="${id}-${s.key}">${t.stepText(i + 1)}</label>
                  <input
                    id="${id}-${s.key}"
                    type="text"
                    placeholder=${t.signalWords}
                    .value=${s.text}
                    @change=${(e: Event) =>
                      h.editPlaybook(p.key, { type: 'text', step: s.key, text: (e.target as HTMLInputElement).value })}
                  />
                  <button
                    type="button"
                    aria-label=${t.moveUp(i + 1)}
                    ?disabled=${i === 0}
                    @click=${() => h.editPlaybook(p.key, { type: 'move', step: s.key, by: -1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label=${t.moveDown(i + 1)}
                    ?disabled=${i === n - 1}
                    @click=${() => h.editPlaybook(p.key, { type: 'move', step: s.key, by: 1 })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label=${t.removeStep(i + 1)}
                    ?disabled=${n === 1}
                    @click=${() => h.editPlaybook(p.key, { type: 'remove', step: s.key })}
                  >
                    ×
                  </button>
                </li>`,
            )}
          </ol>
          <div class="row">
            <button type="button" class="add-step" @click=${() => h.editPlaybook(p.key, { type: 'add' })}>
              ${t.addStep}
            </button>
            <button type="button" ?disabled=${!edited} @click=${() => h.editPlaybook(p.key, { type: 'reset' })}>
              ${t.resetPlaybook}
            </button>
          </div>
        </div>
      </details>`;
    })}
  </fieldset>`;
}
