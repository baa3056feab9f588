import { html, nothing, type TemplateResult } from 'lit';
import type { LeadOwnersResult, OwnerFigures } from '../../src/models/lead-owners.js';
import { dayCount } from '../../src/i18n/lead-flow.js';
import { ownerAlerts, ownerBlocks } from '../../src/views/lead-flow-owners.js';
import type { LeadFlowContext } from './template-context.js';
import { exportButtons } from './people-exports.js';

/** The counts of an owner or team row, in the table's column order. */
function cells({ fmt: f }: LeadFlowContext, r: OwnerFigures): TemplateResult {
  return html`<td class="num">${f.integer(r.supplied)}</td>
    <td class="num">${f.integer(r.followedUp)}</td>
    <td class="num">${f.percent(r.followUpRate)}</td>
    <td class="num">${f.percent(r.conversionRate)}</td>
    <td class="num">${f.money(r.revenue)}</td>
    <td class="num">${f.integer(r.slaBreaches)}</td>
    <td class="num">${f.integer(r.transitionsCaused)}</td>`;
}

/**
 * The Owners tab: owners under the follow-up alert line in words, then one
 * table with each team's owners in rank order and the team's total (seed
 * 001's 奖惩 and PK: follow-up within the SLA, conversion, SLA breaches and
 * the transitions the owner's inaction causes).
 */
export function renderOwnersTab(
  ctx: LeadFlowContext,
  r: LeadOwnersResult,
  onExport: (format: 'csv' | 'xlsx') => void,
): TemplateResult {
  const { t, fmt: f, locale, rules, label } = ctx;
  const sla = dayCount(locale, rules.followUpSlaDays);
  const threshold = f.percent(rules.followUpRateAlert);
  const alerts = ownerAlerts(r);
  const teamName = (team: string | null) => (team === null ? t.noTeam : label('team', team));
  const blocks = ownerBlocks(r);
  return html`<section part="owners" aria-labelledby="owners-title">
    <h3 id="owners-title">${t.alerts} <span class="weak">(${f.integer(alerts.length)})</span></h3>
    ${
      alerts.length
        ? html`<ul class="alerts">
            ${alerts.map(
              (o) =>
                html`<li data-owner=${o.owner}>
                  ${t.ownerAlertLine(
                    o.owner,
                    f.percent(o.followUpRate),
                    f.integer(o.followedUp),
                    f.integer(o.supplied),
                    threshold,
                    sla,
                  )}
                </li>`,
            )}
          </ul>`
        : html`<p>${t.noOwnerAlerts(threshold, f.integer(rules.minGroupSize))}</p>`
    }
    ${exportButtons(ctx, 'owners', !r.owners.length, onExport)}
    ${
      r.owners.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="owners-caption" tabindex="0">
            <table part="owner-table">
              <caption id="owners-caption">
                ${t.ownersCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="num">${t.rank}</th>
                  <th scope="col">${t.owner}</th>
                  <th scope="col" class="num">${t.supplied}</th>
                  <th scope="col" class="num">${t.followedOnTime(sla)}</th>
                  <th scope="col" class="num">${t.followRate}</th>
                  <th scope="col" class="num">${t.conversionRate}</th>
                  <th scope="col" class="num">${t.revenue}</th>
                  <th scope="col" class="num">${t.slaBreaches}</th>
                  <th scope="col" class="num">${t.transitionsCaused}</th>
                </tr>
              </thead>
              ${blocks.map(
                (b) =>
                  html`<tbody data-team=${b.team.team ?? ''}>
                    <tr class="team-head">
                      <th scope="colgroup" colspan="9">${teamName(b.team.team)}</th>
                    </tr>
                    ${b.owners.map(
                      (o) =>
                        html`<tr
                          class=${o.alert ? 'alert' : ''}
                          data-owner=${o.owner}
                          data-alert=${o.alert ? 'true' : 'false'}
                        >
                          <td class="num">${f.integer(o.rank)}</td>
                          <th scope="row">
                            ${o.owner}${
                              o.alert
                                ? html`<span class="flag" aria-hidden="true">⚠</span
                                    ><span class="visually-hidden">${t.belowAlert}</span>`
                                : nothing
                            }
                          </th>
                          ${cells(ctx, o)}
                        </tr>`,
                    )}
                    <tr class="total-row" data-total=${b.team.team ?? ''}>
                      <td></td>
                      <th scope="row">${t.teamTotal(teamName(b.team.team))}</th>
                      ${cells(ctx, b.team)}
                    </tr>
                  </tbody>`,
              )}
            </table>
          </div>`
        : html`<p>${t.noOwners}</p>`
    }
    <p class="weak">${t.ownersHint(sla)}</p>
    ${r.unowned ? html`<p class="weak" data-note="unowned">${t.unowned(f.integer(r.unowned))}</p>` : nothing}
  </section>`;
}
