/**
 * One funnel's chart: the gap bar (achieved, expected, gap against the
 * target) on top, the funnel below with each stage's count and win chance,
 * widths following √count, and the conversion between stages.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FunnelResult } from '../../src/models/funnel-compute.js';
import type { FunnelStrings } from '../../src/i18n/funnel-forecast.js';
import type { Formatter } from '../../src/i18n/format.js';
import { funnelLayout, textWidth } from '../../src/charts/funnel.js';
import { gapBar, gapLegend } from './gap-bar.js';

interface Stage {
  key?: string;
  label?: string | null;
  count?: number;
}

const list = <T>(v: unknown): readonly T[] => (Array.isArray(v) ? (v as T[]) : []);

/** The chart from a good result `r` and its input `f` (its `stages` and `conversion` as lists), stages named by `name`. */
export function funnelChart(
  r: FunnelResult,
  f: Record<string, unknown>,
  t: FunnelStrings,
  x: Formatter,
  name: (s: Stage) => string,
): TemplateResult {
  const stages = list<Stage>(f.stages);
  const conv = list<number>(f.conversion);
  const h = stages.findIndex((s) => s?.key === f.highIntentStage);
  const target = Number(f.target);
  const achieved = Number(f.achieved ?? 0);
  const rows = [
    ...stages.map((s) => [name(s), Number(s?.count), r.pWin[String(s?.key)]] as const),
    [t.won, r.expectedWonDeals, 1] as const,
  ];
  // The label gutter fits the longest stage name (up to 200 px; longer names are cut, the table has them whole).
  const g = Math.min(200, Math.max(...rows.map((w) => textWidth(w[0])))) + 8;
  const R = g + 230;
  const lay = funnelLayout(
    rows.map((w) => w[1]),
    { width: 220 },
  );
  const names = [t.target, t.achieved, t.expected, t.gap];
  const label = [target, achieved, r.expectedPipelineRevenue, r.gap]
    .map((v, i) => `${names[i]} ${x.money(v)}`)
    .join(', ');
  // One picture: the gap bar on top, the funnel below; widths of the funnel follow √count.
  return html`<figure part="funnel-chart">
    ${gapLegend(names)}<svg
      width=${R + 96}
      viewBox="0 -4 ${R + 96} ${lay.height + 44}"
      role="img"
      aria-label="${label}. ${rows.map(([n, v]) => `${n} ${x.number(v, 1)}`).join(', ')}"
    >
      ${gapBar([achieved, r.expectedPipelineRevenue, r.gap], target, g + 4, 0)}
      <g transform="translate(0 40)">
        ${lay.bands.map(
          (b, i) =>
            svg`<text x=${g} y=${b.y + 16} text-anchor="end">${rows[i]![0]}</text><text x=${R} y=${b.y + 16}>${x.number(b.value, 1)} · ${x.percent(rows[i]![2])}</text><g transform="translate(${g + 4} 0)"><rect class=${i === stages.length ? 'c1' : i <= h ? 'c2' : 'c4'} x=${b.x} y=${b.y} width=${b.width} height="24"></rect>${b.link ? svg`<path class="link" d=${b.link}></path>` : nothing}</g>${b.link ? svg`<text x=${R} y=${b.y + 36}>↓ ${x.percent(conv[i])}</text>` : nothing}`,
        )}
      </g>
    </svg>
  </figure>`;
}
