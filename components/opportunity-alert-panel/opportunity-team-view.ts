/**
 * The team view of the opportunity panel: days in stage per stage of the
 * rules against the standard, over the rows shown (a chart with its
 * summary as aria-label, and the same figures in a table). The figures
 * are pure functions of src/views/risk-opportunity.ts; the layout of
 * src/charts/stage-cycle.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { OPPORTUNITY } from '../../src/i18n/opportunity-alerts.js';
import type { StageCycleStat } from '../../src/charts/stage-cycle.js';
import { stageCycleLayout } from '../../src/charts/stage-cycle-layout.js';
import { teamStatsShown } from '../../src/views/risk-opportunity.js';
import { stageLabel, type OpportunityContext } from './opportunity-row.js';
import { prepareReps, repTable } from './opportunity-rep-table.js';

/**
 * What the team view computes in steps before it draws a view (its first, and each new long one after a
 * search, a sort or a filter): the rep roll-up, then the stage figures in a step of their own.
 */
export function prepareTeamView(c: OpportunityContext): Generator<void, void, void> {
  const reps = prepareReps(c);
  const { aggregates, facets, rules, view, filters, query } = c;
  return (function* () {
    yield* reps;
    if (!rules) return;
    yield;
    statsOf(aggregates, facets, rules, view, filters, query);
  })();
}

const WIDTH = 420;
const truncate = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

// Figures per view shown: the views re-render on a locale change too, without counting again.
const byView = new WeakMap<Int32Array, { agg: unknown; stats: StageCycleStat[] }>();

const teamStats = (c: OpportunityContext): StageCycleStat[] =>
  statsOf(c.aggregates, c.facets, c.rules!, c.view, c.filters, c.query);

function statsOf(...a: Parameters<typeof teamStatsShown>): StageCycleStat[] {
  const [agg, , , view] = a;
  const hit = byView.get(view);
  if (hit?.agg === agg) return hit.stats;
  const stats = teamStatsShown(...a);
  byView.set(view, { agg, stats });
  return stats;
}

export function teamView(c: OpportunityContext): TemplateResult {
  const t = OPPORTUNITY[c.loc];
  const f = c.f;
  const stats = teamStats(c);
  const layout = stageCycleLayout(stats, { width: WIDTH, labelWidth: 104 });
  const summary = t.chartSummary(
    stats
      .map((s) =>
        t.chartPart(stageLabel(c, s.key), f.number(s.median, 1), f.integer(s.standardDays), f.integer(s.count)),
      )
      .join('; '),
  );
  return html`<details part="team" class="team" open>
    <summary>${t.chart}</summary>
    <div class="body">
      <figure class="chart" part="chart">
        <svg viewBox="0 0 ${WIDTH} ${layout.height}" role="img" aria-label=${summary}>
          ${layout.ticks.map(
            (k) => svg`<line class="grid" x1=${k.x} x2=${k.x} y1="14" y2=${layout.height - 2}></line>
              <text class="small" x=${k.x} y="10" text-anchor="middle">${f.integer(k.value)}</text>`,
          )}
          ${layout.rows.map(
            (s) => svg`<g>
              <text x=${layout.x0 - 6} y=${s.y + 14} text-anchor="end">${truncate(stageLabel(c, s.key), 14)}</text>
              ${
                s.count
                  ? svg`<rect class="median" x=${layout.x0} y=${s.y + 5} width=${Math.max(0, s.medianX - layout.x0)} height="12" rx="2"></rect>
                  <line class="whisker" x1=${s.medianX} x2=${s.p90X} y1=${s.y + 11} y2=${s.y + 11}></line>
                  <line class="whisker" x1=${s.p90X} x2=${s.p90X} y1=${s.y + 6} y2=${s.y + 16}></line>`
                  : nothing
              }
              <line class="standard" x1=${s.standardX} x2=${s.standardX} y1=${s.y + 1} y2=${s.y + 21}></line>
            </g>`,
          )}
        </svg>
        <figcaption class="legend weak">
          <span><span class="swatch median"></span>${t.legendMedian}</span>
          <span><span class="swatch whisker"></span>${t.legendP90}</span>
          <span><span class="swatch standard"></span>${t.legendStandard}</span>
        </figcaption>
      </figure>
      <div class="table-wrap">
        <table part="team-table">
          <caption>
            ${c.r.chartTable}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.stage}</th>
              <th scope="col" class="num">${t.open}</th>
              <th scope="col" class="num">${t.median}</th>
              <th scope="col" class="num">${t.p90}</th>
              <th scope="col" class="num">${t.standard}</th>
              <th scope="col" class="num">${t.overdue}</th>
            </tr>
          </thead>
          <tbody>
            ${stats.map(
              (s) =>
                html`<tr data-stage=${s.key}>
                  <th scope="row">${stageLabel(c, s.key)}</th>
                  <td class="num">${f.integer(s.count)}</td>
                  <td class="num">${f.number(s.median, 1)}</td>
                  <td class="num">${f.number(s.p90, 1)}</td>
                  <td class="num">${f.integer(s.standardDays)}</td>
                  <td class="num">${f.integer(s.overdue)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${repTable(c)}
    </div>
  </details>`;
}
