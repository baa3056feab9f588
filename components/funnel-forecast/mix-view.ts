/**
 * funnel-forecast's activity mix (docs/models.md §3a extras), loaded the
 * first time a funnel has a mix: the editor (shares of the gap in % or counts
 * of each activity), the joint plan table with what is over capacity, the
 * share covered and the gap left open, and the suggested mix with a button
 * that puts it in the editor. The plan is planActivityMix's; the switches
 * between shares and counts are pure functions of src/views/funnel-mix-view.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { planActivityMix, type ActivityMixResult, type MixPlan } from '../../src/models/funnel-mix.js';
import { FUNNEL_MIX, type FunnelMixStrings } from '../../src/i18n/funnel-mix.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { sharesTotal, suggestedMix, switchMix } from '../../src/views/funnel-mix-view.js';
import type { Field } from '../shared/planner.js';

export { planActivityMix };
export { equalShares } from '../../src/views/funnel-mix-view.js';

type Obj = Record<string, unknown>;

/** What the mix view uses of its planner. */
export interface MixParts {
  readonly locale: Locale;
  readonly fmt: Formatter;
  setParam(path: string, value: unknown): void;
  field(f: Field): TemplateResult;
  table(
    part: string,
    caption: string,
    head: readonly unknown[],
    rows: readonly (readonly unknown[])[],
    foot?: readonly unknown[],
  ): TemplateResult;
  btn(text: string, fn: () => unknown, what?: string, off?: boolean): TemplateResult;
  feasible(ok: boolean): TemplateResult;
  /** An activity's label by key, and the heading of the activity column. */
  name(key: string): string;
  readonly activity: string;
  /** The mix was removed (the planner puts the focus back on the button that opens it). */
  closed(): void;
}

/** Whether a funnel input carries a mix to plan (one funnel, a mix object). */
export const hasMix = (input: Obj): boolean =>
  typeof input.mix === 'object' && input.mix !== null && !Array.isArray(input.mix) && input.reps === undefined;

/**
 * The mix section: `r` the last good plan (with the input that made it), `c`
 * the funnel input in force (its activities and the mix being typed).
 */
export function renderMix(o: MixParts, r: ActivityMixResult, c: Obj): TemplateResult {
  const s: FunnelMixStrings = FUNNEL_MIX[o.locale];
  const f = o.fmt;
  const mix = c.mix as Obj;
  const mode = mix.counts != null && mix.shares == null ? 'counts' : 'shares';
  const acts = (Array.isArray(c.activities) ? c.activities : []) as { key?: string; capacity?: number | null }[];
  const plan: MixPlan | null = r.plan;
  const row = (k: string) => plan?.activities.find((a) => a.key === k);
  const total = mode === 'shares' ? sharesTotal(mix.shares) : null;
  const suggestion = suggestedMix(r);
  const switchTo = (to: 'shares' | 'counts') => {
    if (to !== mode && plan) o.setParam('mix', switchMix(plan, to));
  };
  return html`<section part="mix" class="mix" aria-labelledby="mix-h">
    <h3 id="mix-h">${s.title}</h3>
    <fieldset class="row no-print">
      <legend>${s.splitBy}</legend>
      ${(['shares', 'counts'] as const).map(
        (m) =>
          html`<label
            ><input
              type="radio"
              name="mix-mode"
              value=${m}
              .checked=${mode === m}
              @change=${() => switchTo(m)}
            />${s[m]}</label
          >`,
      )}
    </fieldset>
    ${o.table(
      'mix-table',
      s.title,
      [o.activity, s.share, s.units, s.status, s.highIntent, s.deals],
      acts.map((a) => {
        const k = String(a?.key);
        const name = o.name(k);
        const p = row(k);
        return [
          name,
          mode === 'shares'
            ? o.field({ path: `mix.shares.${k}`, label: `${s.share} · ${name}`, kind: 'pct', bare: true })
            : p
              ? f.percent(p.share)
              : '—',
          mode === 'counts'
            ? o.field({ path: `mix.counts.${k}`, label: `${s.units} · ${name}`, kind: 'int', bare: true })
            : p
              ? f.integer(p.units)
              : '—',
          p
            ? p.feasible
              ? o.feasible(true)
              : html`<span class="bad" data-over=${p.over}>${s.over(f.integer(p.over))}</span>`
            : '—',
          p ? f.integer(p.highIntent) : '—',
          p ? f.number(p.deals, 1) : '—',
        ];
      }),
      plan
        ? [
            s.total,
            f.percent(plan.planned),
            '',
            o.feasible(plan.feasible),
            f.integer(plan.activities.reduce((n, a) => n + a.highIntent, 0)),
            f.number(
              plan.activities.reduce((n, a) => n + a.deals, 0),
              1,
            ),
          ]
        : undefined,
    )}
    ${
      total !== null && Math.abs(total - 1) > 1e-9
        ? html`<p class="msg" role="status">${s.sharesTotal(f.percent(total, 2))}</p>`
        : nothing
    }
    ${
      plan
        ? html`<p part="mix-summary" class=${plan.feasible ? 'ok' : 'bad'}>
            ${mode === 'counts' && Math.abs(plan.planned - plan.covered) > 1e-9 ? html`${s.planned(f.percent(plan.planned))}. ` : nothing}${s.covered(
              f.percent(Math.min(1, plan.covered)),
            )}${plan.uncoveredGap > 0 ? html`. ${s.uncovered(f.money(plan.uncoveredGap))}` : nothing}
          </p>`
        : nothing
    }
    ${
      r.suggested && suggestion
        ? html`<p part="mix-suggestion">
            ${s.suggested(
              r.suggested.activities
                .filter((a) => a.share > 0)
                .map((a) => `${o.name(a.key)} ${f.percent(a.share)} (${f.integer(a.units)})`)
                .join(', '),
            )}
            ${o.btn(s.useSuggested, () => o.setParam('mix', suggestion))}
          </p>`
        : r.atCapacity !== null && r.gap > 0
          ? html`<p part="mix-suggestion" class="bad">${s.noFit(f.percent(r.atCapacity))}</p>`
          : nothing
    }
    <div class="row no-print">
      ${o.btn(s.removeMix, () => {
        o.setParam('mix', null);
        o.closed();
      })}
    </div>
  </section>`;
}
