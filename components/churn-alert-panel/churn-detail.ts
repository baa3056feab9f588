/**
 * An account row's details (in the drawer, or the compact card): the renewal line, the chain cause → symptom →
 * response, the playbook, and the usage chart of the measure the symptom
 * names (churn-usage-chart.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Account, ChurnRow } from '../../src/models/churn.js';
import { worstLevel } from '../../src/models/signals.js';
import { CHURN, type ChurnStrings } from '../../src/i18n/churn-alerts.js';
import { signalText, type ChurnContext } from './churn-row.js';
import { usageChart } from './churn-usage-chart.js';

const words = (c: ChurnContext): ChurnStrings => CHURN[c.loc];

function renewalText(c: ChurnContext, row: ChurnRow, rec: Account): string {
  const t = words(c);
  const d = row.daysToRenewal;
  if (d === null) return t.noRenewal;
  return d >= 0
    ? t.renewsIn(c.f.integer(d), c.day(rec.renewalDate))
    : t.renewalPassed(c.f.integer(-d), c.day(rec.renewalDate));
}

/** Cause → symptom → response: each cause with its signals in words and the response it calls for. */
function chain(c: ChurnContext, row: ChurnRow): TemplateResult {
  const t = words(c);
  return html`<section>
    <h3>${t.chain}</h3>
    <div class="table-wrap">
      <table part="chain" class="chain">
        <caption class="visually-hidden">
          ${t.chain}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.chainCause}</th>
            <th scope="col">${t.chainSymptom}</th>
            <th scope="col">${t.chainResponse}</th>
          </tr>
        </thead>
        <tbody>
          ${row.causes.map((cause, i) => {
            const sig = row.signals.filter((s) => s.cause === cause);
            const action = row.actions[i]!;
            return html`<tr data-cause=${cause}>
              <th scope="row"><span class="chip lvl-${worstLevel(sig)}">${t.causes[cause]}</span></th>
              <td>
                <ul class="signal-list">
                  ${sig.map(
                    (s) =>
                      html`<li data-code=${s.code}>
                        <span class="badge lvl-${s.level}">${c.r.levels[s.level]}</span>
                        <strong>${c.label('signal', s.code, t.signalNames[s.code])}</strong> — ${signalText(c, s)}
                      </li>`,
                  )}
                </ul>
              </td>
              <td>→ ${t.actions[action].title}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

function playbook(c: ChurnContext, row: ChurnRow): TemplateResult {
  const t = words(c);
  return html`<section part="playbook">
    <h3>${t.playbook}</h3>
    <ol class="playbook">
      ${row.actions.map(
        (a) =>
          html`<li data-action=${a}>
            <strong>${t.actions[a].title}</strong>
            <ul>
              ${t.actions[a].steps.map((s) => html`<li>${s}</li>`)}
            </ul>
          </li>`,
      )}
    </ol>
  </section>`;
}

export function churnRowDetail(c: ChurnContext, row: ChurnRow, rec: Account): TemplateResult {
  return html`<p class="renewal-line">${renewalText(c, row, rec)}</p>
    ${row.signals.length ? html`${chain(c, row)} ${playbook(c, row)}` : html`<p class="weak">${c.r.noSignals}</p>`}
    ${usageChart(c, row, rec)}`;
}
