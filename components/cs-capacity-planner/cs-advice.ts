/**
 * The CS capacity planner's advice: what to tune next, in the seed's five
 * steps (the customer base, r2, the hours split, the capacity and the room
 * before the next CSM, the managers), for one plan or for segments.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CsCapacityResult, CsSegmentResult, CsSegmentsResult } from '../../src/models/cs-capacity.js';
import type { CsStrings } from '../../src/i18n/cs-capacity-planner.js';
import type { Formatter } from '../../src/i18n/format.js';

type Obj = Record<string, unknown>;
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number) : []);
const num = (v: unknown, d = 0): number => (typeof v === 'number' ? v : d);

/** The seed's steps 2 to 4 for one plan: r2, the hours split, the capacity and the room before the next CSM. */
function steps(r: CsCapacityResult, input: Obj, t: CsStrings, f: Formatter): [TemplateResult, string, string] {
  return [
    html`${
      input.deepCustomerShare != null
        ? t.step2Given(f.percent(r.deepCustomerShare))
        : t.step2Derived(
            f.percent(r.deepCustomerShare),
            f.number(num(input.deepServiceMonths, 3), 1),
            f.integer(num(input.keyAccounts)),
          )
    }`,
    t.step3(`${f.number(r.hours.deep, 1)} ${t.h}`, `${f.number(r.hours.standard, 1)} ${t.h}`),
    t.step4(f.integer(r.capacityPerCsm), f.integer(r.csms), f.number(r.room, 0)),
  ];
}

/** Step 5: the managers, flagged when the spans run out before one manager. */
function step5(managers: number[], spans: number[], t: CsStrings, f: Formatter): TemplateResult {
  const top = managers.at(-1) ?? 0;
  const ranOut = managers.length === spans.length && top > 1;
  return html`<li class=${ranOut ? 'bad' : ''}>
    ${t.step5(managers.map((m, k) => `${t.managerRole(k + 1)} ${f.integer(m)}`).join(', ') || '—')}${ranOut ? t.spansRanOut(f.integer(top)) : nothing}
  </li>`;
}

/** Segments mode: the total base, each segment's steps 2 to 4, and the combined organisation's managers. */
export function segmentsAdvice(
  r: CsSegmentsResult,
  pairs: [Obj, CsSegmentResult | undefined][],
  spans: number[],
  t: CsStrings,
  f: Formatter,
): TemplateResult {
  return html`<ol>
    <li>${t.step1Total(f.number(r.total.base, 1))}</li>
    ${pairs.map(([s, y]) => (y ? html`<li>${y.label}: ${steps(y, s, t, f).map((x) => html`${x} `)}</li>` : nothing))}
    ${step5(r.total.managers, spans, t, f)}
  </ol>`;
}

/** One plan: the seed's five steps with the user's numbers. */
export function singleAdvice(r: CsCapacityResult, input: Obj, t: CsStrings, f: Formatter): TemplateResult {
  return html`<ol>
    <li>${t.step1(f.number(r.base, 1), String(num(input.horizonMonths, 12)))}</li>
    ${steps(r, input, t, f).map((x) => html`<li>${x}</li>`)} ${step5(r.managers, nums(input.spans), t, f)}
  </ol>`;
}
