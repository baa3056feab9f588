/**
 * The results of the tiering cards' validity section: the history's guard, the check per tier (badge, checks, skipped rows,
 * chart, table) and the calibration's proposal (before/after, accept/discard). Shown only with a history;
 * in the full one-file script, tiering-validity-results.iife.ts loads this module when first needed.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TieringCalibration } from '../../src/models/calibrate.js';
import type { TieringValidation } from '../../src/models/tiering.js';
import { tierSupport } from '../../src/views/tiering-calibration.js';
import { MIN_HISTORY_CONVERSIONS, MIN_HISTORY_ROWS } from '../../src/views/tiering-history.js';
import { horizontalBars } from '../../src/charts/bars.js';
import type { ValidityView } from './tiering-validity.js';

/** The guard, the check (unless the history was refused) and the calibration's proposal, when there are. */
export function renderResults(v: ValidityView, refused: boolean): TemplateResult {
  return html`${guard(v)} ${v.validation && !refused ? renderValidation(v, v.validation) : nothing}
  ${v.calibration ? renderCalibration(v, v.calibration) : nothing}`;
}

/** The guard's messages: refused without a factor column, warned with few rows or conversions. */
function guard(v: ValidityView): TemplateResult | typeof nothing {
  const c = v.check;
  if (!c?.rows) return nothing;
  if (c.noFactors)
    return html`<p part="history-guard" id="history-guard" role="alert" class="guard">${v.it.noFactorColumn}</p>`;
  const warn = [
    c.fewRows ? v.it.fewRows(v.fmt.integer(c.rows), v.fmt.integer(MIN_HISTORY_ROWS)) : '',
    c.fewConversions ? v.it.fewConversions(v.fmt.integer(c.conversions), v.fmt.integer(MIN_HISTORY_CONVERSIONS)) : '',
  ].filter(Boolean);
  return warn.length
    ? html`<ul part="history-warning" class="history-warning">
        ${warn.map((w) => html`<li>${w}</li>`)}
      </ul>`
    : nothing;
}

function renderValidation(v: ValidityView, val: TieringValidation): TemplateResult {
  const { t, fmt: f, compiled: cm, actions } = v;
  const n = val.tiers.reduce((s, x) => s + x.count, 0);
  return html`<div part="validation" class="validation">
    <p class="row">
      <span class="badge ${val.passed ? 'passed' : 'failed'}">${val.passed ? t.passed : t.failed}</span>
      <span class="weak">${v.history?.label ? `${v.history.label} · ` : ''}${t.historyRows(n)}</span>
    </p>
    <ul class="checks">
      <li class=${val.monotonic ? 'ok' : 'bad'}>${val.monotonic ? t.monotonicYes : t.monotonicNo}</li>
      <li class=${val.shareOk ? 'ok' : 'bad'}>
        ${t.focusShare(f.percent(val.focusShare), f.percent(cm.targetFocusShare), f.percent(cm.shareTolerance))}
      </li>
      <li>${val.auc === null ? t.aucNone : t.auc(f.number(val.auc, 3))}</li>
    </ul>
    ${
      val.invalid.length
        ? html`<details class="skipped">
            <summary>${actions.rowsSkipped(val.invalid.length)}</summary>
            <ul>
              ${val.invalid
                .slice(0, 50)
                .map(
                  (r) =>
                    html`<li>
                      ${actions.row(r.index)}${r.id ? ` (${r.id})` : ''}:
                      ${r.issues.map((i) => v.issueText(i)).join('; ')}
                    </li>`,
                )}
            </ul>
          </details>`
        : nothing
    }
    ${renderValidityChart(v, val)}
    <div class="table-wrap">
      <table part="validity-table">
        <caption>
          ${t.validityChart}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.tier}</th>
            <th scope="col" class="num">${t.count}</th>
            <th scope="col" class="num">${t.share}</th>
            <th scope="col" class="num">${t.converted}</th>
            <th scope="col" class="num">${t.conversionRate}</th>
            <th scope="col" class="num">${t.amount}</th>
          </tr>
        </thead>
        <tbody>
          ${val.tiers.map(
            (x) =>
              html`<tr>
                <th scope="row">${x.key} · ${v.tierLabel(x.key, x.label)}</th>
                <td class="num">${f.integer(x.count)}</td>
                <td class="num">${f.percent(x.share)}</td>
                <td class="num">${f.integer(x.converted)}</td>
                <td class="num">${f.percent(x.conversionRate)}</td>
                <td class="num">${f.money(x.amount)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}

function renderValidityChart(v: ValidityView, val: TieringValidation): TemplateResult {
  const { t, fmt: f } = v;
  const width = 320;
  const rowH = 30;
  const layout = horizontalBars(
    val.tiers.map((x) => ({ key: x.key, value: x.conversionRate ?? 0, track: x.share ?? 0 })),
    { width, rowHeight: rowH, labelWidth: 40, valueWidth: 80, max: 1 },
  );
  const parts = val.tiers
    .map((x) => `${x.key} ${t.share} ${f.percent(x.share)}, ${t.conversionRate} ${f.percent(x.conversionRate)}`)
    .join('; ');
  return html`<figure class="chart">
    <svg viewBox="0 0 ${width} ${layout.height + 4}" role="img" aria-label=${t.validityChartSummary(parts)}>
      ${layout.bars.map(
        (b) => svg`<g transform="translate(0 ${b.y + 2})">
          <text x=${layout.x0 - 6} y="17" text-anchor="end">${b.key}</text>
          <rect class="share" x=${layout.x0} y="2" width=${b.trackWidth} height="10" rx="2"></rect>
          <rect class="bar" x=${layout.x0} y="14" width=${b.width} height="10" rx="2"></rect>
          <text x=${layout.x0 + layout.inner + 4} y="11" class="small">${f.percent(b.track ?? 0)}</text>
          <text x=${layout.x0 + layout.inner + 4} y="24" class="small">${f.percent(b.value)}</text>
        </g>`,
      )}
    </svg>
    <figcaption class="legend weak">
      <span class="key share"></span>${t.share} <span class="key bar"></span>${t.conversionRate}
    </figcaption>
  </figure>`;
}

function renderCalibration(v: ValidityView, c: TieringCalibration): TemplateResult {
  const { t, fmt: f, actions } = v;
  const old = v.compiled.model;
  const oldTotal = old.factors.reduce((s, x) => s + x.weight, 0);
  const rows: [string, string, string][] = [
    ['AUC', f.number(c.before.auc, 3), f.number(c.after.auc, 3)],
    [t.share, f.percent(c.before.focusShare), f.percent(c.after.focusShare)],
    [t.monotonicLabel, c.before.monotonic ? actions.yes : actions.no, c.after.monotonic ? actions.yes : actions.no],
    ...old.factors.map((x, i): [string, string, string] => [
      `${t.weight} · ${v.factorLabel(x.key, x.label ?? x.key)}`,
      f.percent(x.weight / oldTotal),
      f.percent(c.model.factors[i]!.weight),
    ]),
    ...old.tiers.map((x, i): [string, string, string] => [
      `${t.minScore} · ${x.key}`,
      f.number(x.minScore, 2),
      f.number(c.model.tiers[i]!.minScore, 2),
    ]),
    // How many history rows back each tier, before and after: a tier left with a handful says little.
    ...tierSupport(c).map((s): [string, string, string] => [
      t.tierRows(s.key),
      t.rowsConverted(f.integer(s.before.count), f.integer(s.before.converted)),
      t.rowsConverted(f.integer(s.after.count), f.integer(s.after.converted)),
    ]),
  ];
  return html`<div part="calibration" class="calibration" role="region" aria-label=${t.calibration}>
    <div class="table-wrap">
      <table>
        <caption>
          ${t.calibration}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.metric}</th>
            <th scope="col" class="num">${t.before}</th>
            <th scope="col" class="num">${t.after}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([k, a, b]) =>
              html`<tr class=${a !== b ? 'changed' : ''}>
                <th scope="row">${k}</th>
                <td class="num">${a}</td>
                <td class="num">${b}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="row">
      <button type="button" class="brand" @click=${v.onAccept}>${actions.accept}</button>
      <button type="button" @click=${v.onDiscard}>${actions.discard}</button>
    </div>
  </div>`;
}
