/**
 * The planners' scenario parts: the key figures of the parameters in force beside
 * scenarios A and B with the parameters where A and B differ, and the panel that
 * saves, loads, duplicates, deletes and picks scenarios. Template functions over a
 * small context the planner builds; the state (edits, scenarios, picks) stays there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlannerStrings } from '../../src/i18n/planners.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { ACTIONS } from '../../src/i18n/actions.js';
import { scenarioDiff, valueText } from '../../src/views/scenario-diff.js';
import type { Kind, Obj } from './planner-input.js';
import type { Figure, Scenario } from './planner-types.js';

export interface CompareContext {
  ps: PlannerStrings;
  locale: Locale;
  fmt: Formatter;
  /** Scenario A (undefined: the parameters in force) and B. */
  A?: Scenario;
  B?: Scenario;
  /** The key figures of the result shown. */
  current: Figure[];
  /** A scenario's key figures; empty when its input is no longer valid. */
  figuresOf: (s: Scenario) => Figure[];
  fmtFigure: (f: Figure) => string;
  /** The parameters in force. */
  input: Obj;
  label: (path: string) => string | undefined;
  kind: (path: string) => Kind | undefined;
  aligned: Record<string, string>;
  /** A keyed row's name in the element's words (the host's label for a stage, an activity). */
  rowName?: (list: string, row: Obj) => string | undefined;
  table: (
    part: string,
    caption: string,
    head: readonly unknown[],
    rows: readonly (readonly unknown[])[],
  ) => TemplateResult;
}

/** The key figures with scenarios A and B beside them (rows matched by key), and the parameters where A and B differ. */
export function renderCompare(c: CompareContext): TemplateResult {
  const p = c.ps;
  const { A, B } = c;
  const cols = [...new Set([A, B])].filter((s): s is Scenario => !!s);
  const figs = [c.current, ...cols.map((s) => c.figuresOf(s))];
  const rows = new Map<string, string>();
  for (const f of figs.flat()) if (!rows.has(f.key)) rows.set(f.key, f.label);
  const cell = (fs: Figure[], k: string) => {
    const f = fs.find((x) => x.key === k);
    return f ? c.fmtFigure(f) : '—';
  };
  const a = A?.input ?? c.input;
  const d = B
    ? scenarioDiff(a, B.input, {
        label: c.label,
        value: (x, v) => valueText(v, c.kind(x), c.fmt),
        aligned: c.aligned,
        rowName: c.rowName,
      })
    : [];
  return html`${c.table(
    'figures',
    p.results,
    [ACTIONS[c.locale].field, p.current, ...cols.map((s) => `${s === A ? 'A' : 'B'}: ${s.name}`)],
    [...rows].map(([k, label]) => [
      label,
      html`<b data-key=${k}>${cell(figs[0]!, k)}</b>`,
      ...figs.slice(1).map((fs) => cell(fs, k)),
    ]),
  )}
  ${
    B
      ? html`<div part="scenario-diff">
          <b>${p.differ(A?.name ?? p.current, B.name)}</b>${
            d.length
              ? html`<ul>
                  ${d.map((x) => html`<li>${x.change === 'added' ? p.added(x.label, x.to) : x.change === 'removed' ? p.removed(x.label, x.from) : `${x.label}: ${x.from} → ${x.to}`}</li>`)}
                </ul>`
              : html` ${p.same}`
          }
        </div>`
      : nothing
  }`;
}

export interface ScenariosContext {
  ps: PlannerStrings;
  names: readonly string[];
  /** Scenario A ('' = the parameters in force) and B ('' = none). */
  pickA: string;
  pick: string;
  active: string;
  /** A load over unsaved edits can be taken back. */
  canUndo: boolean;
  setPickA: (name: string) => void;
  setPick: (name: string) => void;
  save: (name: string) => void;
  /** Load, duplicate or delete scenario B as picked when clicked (a pick may not have rendered yet). */
  load: () => void;
  duplicate: () => void;
  remove: () => void;
  undoLoad: () => void;
  select: (
    path: string,
    label: string,
    value: string,
    options: [string, string][],
    fn: (v: string) => unknown,
  ) => TemplateResult;
  btn: (text: string, fn: () => unknown, what?: string, off?: boolean) => TemplateResult;
}

/** The scenarios panel: save under a name, pick A and B, load (with undo), duplicate, delete. */
export function renderScenarios(
  c: ScenariosContext,
  root: { querySelector: ParentNode['querySelector'] },
): TemplateResult {
  const p = c.ps;
  const opts = (first: string): [string, string][] => [['', first], ...c.names.map((n): [string, string] => [n, n])];
  const b = !c.names.includes(c.pick);
  return html`<details part="scenarios" class="no-print" open>
    <summary>${p.scenarios}</summary>
    <div class="body">
      <div class="row">
        <label for="sc-name">${p.name}</label>
        <input
          id="sc-name"
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && c.save((e.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="brand"
          @click=${() => c.save(root.querySelector<HTMLInputElement>('#sc-name')!.value)}
        >
          ${p.save}
        </button>
      </div>
      <div class="row">
        ${c.select('sc', p.compareA, c.pickA, opts(p.current), c.setPickA)}
        <div class="field">
          <label for="sc-pick">${p.compareB}</label
          ><select
            id="sc-pick"
            part="scenario-list"
            @change=${(e: Event) => c.setPick((e.target as HTMLSelectElement).value)}
          >
            ${opts('—').map(([v, t]) => html`<option value=${v} ?selected=${v === c.pick}>${t}</option>`)}
          </select>
        </div>
        ${c.btn(p.load, c.load, undefined, b)}${c.btn(p.duplicate, c.duplicate, undefined, b)}${c.btn(p.remove, c.remove, undefined, b)}
      </div>
      ${c.canUndo ? html`<p class="row" role="status">${p.loaded(c.active)} ${c.btn(p.undo, c.undoLoad)}</p>` : nothing}
    </div>
  </details>`;
}
