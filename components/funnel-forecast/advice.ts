/** What to tune next for one funnel: the seed's steps 2 to 5 (the gap, the high-intent customers, the activities, the order value). */
import { html, type TemplateResult } from 'lit';
import type { FunnelResult } from '../../src/models/funnel-compute.js';
import type { FunnelStrings } from '../../src/i18n/funnel-forecast.js';
import type { Formatter } from '../../src/i18n/format.js';
import type { Named } from './step-label.js';

/** The element's words for the steps: strings, formatter, how it names stages and activities, "feasible" marks. */
export interface AdviceWords {
  t: FunnelStrings;
  fmt: Formatter;
  stageLabel: (s: Named) => string;
  activityLabel: (a: Named) => string;
  feasible: (ok: boolean) => TemplateResult;
}

const arr = (v: unknown): Named[] => (Array.isArray(v) ? (v as Named[]) : []);

/** The steps for result `r` of funnel `input`, each line after `who` (a rep's name in team mode). */
export function funnelSteps(
  w: AdviceWords,
  r: FunnelResult,
  input: Record<string, unknown>,
  who = '',
): TemplateResult[] {
  const { t, fmt: f } = w;
  const stages = arr(input.stages);
  const acts = arr(input.activities);
  const h = String(input.highIntentStage);
  if (r.gap <= 0) return [html`<li class="ok">${who}${t.noGap}</li>`];
  const above = stages
    .filter((s) => s?.key !== h && String(s?.key) in r.needed)
    .map((s) => `${f.integer(r.needed[s.key!])} ${w.stageLabel(s)}`);
  return [
    html`<li>${who}${t.gap}: <strong>${f.money(r.gap)}</strong></li>`,
    html`<li class=${r.feasible ? '' : 'bad'}>
      ${who}${t.needed} · ${w.stageLabel(stages.find((s) => s?.key === h) ?? { key: h })}:
      <strong>${f.integer(r.needed[h])}</strong
      >${above.length ? ` (${above.join(', ')})` : ''}${r.feasible ? '' : html` — ${w.feasible(false)} ${t.max(f.integer(Number(input.maxNewHighIntent)))}`}
    </li>`,
    ...r.activities.map(
      (a) =>
        html`<li>
          ${who}${w.activityLabel(acts.find((b) => b?.key === a.key) ?? a)}:
          <strong>${f.integer(a.needed)}</strong> ${w.feasible(a.feasible)}
        </li>`,
    ),
    ...(r.feasible
      ? []
      : [
          html`<li data-step="acv">
            ${who}${t.raise}
            <strong>${f.money(r.requiredAcv)}</strong>${r.acvRise === null ? '' : ` (${f.signed(r.acvRise * 100)}%)`}
          </li>`,
        ]),
  ];
}
