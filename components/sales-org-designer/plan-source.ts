/**
 * Where sales-org-designer's headcount plan comes from (docs/models.md §4
 * extras, "Sharing the plan"), first found first: a plan file the user
 * imported (saved under the element's storage-key), the `plan` property, the
 * planner named by `plan-from`, then the plan a sales-target-planner publishes
 * under the same <revops-provider> (by `plan-name`, default `plan`).
 */
import type { ReactiveControllerHost } from 'lit';
import { Persist } from '../shared/persist.js';
import type { RevopsContext } from '../shared/context.js';
import type { SharedValues } from '../shared/shared-values.js';

/** What the plan source needs of its element. */
export interface PlanSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly localName: string;
  readonly storageKey?: string;
  readonly plan?: unknown;
  readonly planFrom?: string;
  readonly planName?: string;
  readonly context: RevopsContext | undefined;
}

/** An imported plan as saved: the scenario's name and §3b's input. */
export interface ImportedPlan {
  name: string;
  input: Record<string, unknown>;
}

interface Saved {
  v: 1;
  imported: ImportedPlan | null;
}

export type PlanOrigin = 'file' | 'property' | 'element' | 'provider';

/** The name a planner publishes its plan under when `plan-name` is not given. */
export const DEFAULT_PLAN_NAME = 'plan';

export class PlanSource {
  /** The plan file in force, if the user imported one. */
  imported: ImportedPlan | null = null;
  /** The planner followed through `plan-from`, and its listener. */
  private source?: { el: Element; off: () => void };
  /** The provider's store watched, under which name. */
  private watching?: { store: SharedValues; name: string; off: () => void };

  readonly persist: Persist<Saved>;

  constructor(private readonly host: PlanSourceHost) {
    this.persist = new Persist<Saved>(host, {
      namespace: `${host.localName}:plan`,
      key: () => host.storageKey,
      restore: (s) => {
        this.imported = s?.v === 1 && s.imported && typeof s.imported.input === 'object' ? s.imported : null;
        host.requestUpdate();
      },
    });
    host.addController({ hostDisconnected: () => this.stop() });
  }

  /** Use an imported plan (null: back to the other sources). */
  use(imported: ImportedPlan | null): void {
    this.imported = imported;
    this.persist.save({ v: 1, imported });
    this.host.requestUpdate();
  }

  /** The plan in force and where it comes from; undefined without one. */
  inForce(): { plan: unknown; origin: PlanOrigin; name: string } | undefined {
    const h = this.host;
    const shared = this.follow();
    if (this.imported) return { plan: this.imported.input, origin: 'file', name: this.imported.name };
    if (h.plan != null) return { plan: h.plan, origin: 'property', name: '' };
    const el = this.element();
    const fromEl = (el as { input?: unknown } | null)?.input;
    if (fromEl != null) return { plan: fromEl, origin: 'element', name: h.planFrom ?? '' };
    if (shared !== undefined) return { plan: shared, origin: 'provider', name: '' };
    return undefined;
  }

  /** The element named by plan-from (listened to for its changes). */
  private element(): Element | null {
    const h = this.host;
    const el = h.planFrom ? (h.getRootNode() as Document | ShadowRoot).getElementById?.(h.planFrom) : null;
    if (this.source?.el !== el) {
      this.source?.off();
      this.source = undefined;
      if (el) {
        const on = () => h.requestUpdate();
        el.addEventListener('revops-change', on);
        this.source = { el, off: () => el.removeEventListener('revops-change', on) };
      }
    }
    return el ?? null;
  }

  /** The plan published under the provider (watched, so a planner's edit re-renders this element). */
  private follow(): unknown {
    const store = this.host.context?.shared;
    const name = this.host.planName || DEFAULT_PLAN_NAME;
    const w = this.watching;
    if (w?.store !== store || w?.name !== name) {
      w?.off();
      this.watching = store ? { store, name, off: store.watch(name, () => this.host.requestUpdate()) } : undefined;
    }
    return store?.get(name);
  }

  private stop(): void {
    this.source?.off();
    this.source = undefined;
    this.watching?.off();
    this.watching = undefined;
  }
}
