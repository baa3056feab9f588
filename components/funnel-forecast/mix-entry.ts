/**
 * funnel-forecast's way into the activity mix (docs/models.md §3a extras):
 * whether an input has a mix, its plan beside the funnel's result, and the
 * mix section — the "split the gap" button until there is a mix, then the
 * editor of mix-view.ts, which is loaded (with the mix model) the first time
 * a funnel has a mix.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ActivityMixResult } from '../../src/models/funnel-mix.js';
import type { MixParts } from './mix-view.js';

type Obj = Record<string, unknown>;

let view: typeof import('./mix-view.js') | undefined;
const load = () => import('./mix-view.js').then((m) => void (view = m));

/** A funnel input with a mix to plan: one funnel (no reps) and a mix object. */
export const withMix = (input: Obj): boolean =>
  typeof input.mix === 'object' && input.mix !== null && !Array.isArray(input.mix) && input.reps === undefined;

/** The plan of the input's mix (throws ModelInputError for a bad one); undefined while the module loads (`wait` gets it). */
export function planMix(input: Obj, wait: (loading: Promise<void>) => void): ActivityMixResult | undefined {
  if (view) return view.planActivityMix(input);
  wait(load());
  return undefined;
}

/** What the mix section uses of its planner. */
export interface MixHost extends Omit<MixParts, 'closed'> {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The element's next update done. */
  updated(): Promise<unknown>;
  /** The text of the button that opens the mix. */
  readonly splitGap: string;
}

/** Focus what `find` gives once the element has rendered it (a mix is planned in the update after the edit). */
async function focusSoon(h: MixHost, find: () => HTMLElement | null | undefined): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await h.updated();
    const x = find();
    if (x) return x.focus();
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Split the gap: equal shares to start; the focus goes to the first share. */
async function open(h: MixHost, keys: string[]): Promise<void> {
  if (!view) await load();
  h.setParam('mix', view!.equalShares(keys));
  await focusSoon(h, () => h.renderRoot.querySelector<HTMLInputElement>('[part~="mix-table"] input'));
}

/** The button that opens the mix, or the mix editor and joint plan (`r` the last good plan, `c` the input in force). */
export function mixSection(h: MixHost, r: ActivityMixResult | undefined, c: Obj): TemplateResult | typeof nothing {
  const acts = Array.isArray(c.activities) ? (c.activities as { key?: unknown }[]) : [];
  if (!acts.length) return nothing;
  if (!withMix(c) || !r || !view)
    return html`<div class="row no-print">
      ${h.btn(
        h.splitGap,
        () =>
          void open(
            h,
            acts.map((a) => String(a?.key)),
          ),
      )}
    </div>`;
  const closed = () =>
    void focusSoon(h, () =>
      [...h.renderRoot.querySelectorAll<HTMLButtonElement>('button')].find((x) => x.textContent?.trim() === h.splitGap),
    );
  return view.renderMix({ ...h, closed }, r, c);
}

/** The edits that remove activity i of funnel `f` (prefix `p`); a mix forgets it (its shares no longer add up until the user splits again). */
export function dropActivity(f: Obj, p: string, i: number): [path: string, value: unknown][] {
  const acts = Array.isArray(f.activities) ? (f.activities as { key?: unknown }[]) : [];
  const key = String(acts[i]?.key);
  const out: [string, unknown][] = [[`${p}activities`, acts.filter((_, j) => j !== i)]];
  const mix = f.mix;
  if (p || typeof mix !== 'object' || mix === null) return out;
  for (const kind of ['shares', 'counts']) {
    const given = (mix as Obj)[kind];
    if (typeof given === 'object' && given !== null && key in given)
      out.push([`mix.${kind}`, Object.fromEntries(Object.entries(given).filter(([k]) => k !== key))]);
  }
  return out;
}
