/**
 * What a risk panel keeps under its storage-key, as a reactive controller
 * over `Persist`: the overlay of the user's rules changes, the filters and
 * sort of the list, and the ticked response-plan steps. The saved shape and
 * its reading are pure (src/views/risk-input.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import { dropOverlayStages, isEmptyOverlay, setInOverlay } from '../../../src/risk/overlay.js';
import { readSaved, savedOf, type RiskRestored, type RiskSaved } from '../../../src/views/risk-input.js';
import { withPlanStep, type Filters, type PlanTicks } from '../../../src/views/risk-view.js';
import type { PlaybookEdits, SavedPlans } from '../../../src/views/playbooks.js';
import { Persist } from '../persist.js';

export interface SavedStateOptions {
  /** Namespace of the stored key (the tag name). */
  namespace: string;
  key: () => string | null | undefined;
  /** The list's filters and sort, saved with the rest. */
  view: () => { filters: Filters; sort: string };
  /** Saved state was read: put its filters and sort in force, and assess again. */
  restored: (s: RiskRestored) => void;
}

export class RiskSavedState {
  /** The rules values the user changed (an overlay, src/risk/overlay.ts); undefined for none. */
  tuned: unknown = undefined;
  /** Overlay stage keys the host's rules no longer have (dropped; said in a notice). */
  dropped: readonly string[] = [];
  /** Ticked response-plan steps per row key. */
  plan: PlanTicks = {};
  /** Plans people own (issue 14) by row key, and the user's playbooks; undefined until there is one. */
  plans: SavedPlans | undefined = undefined;
  playbooks: PlaybookEdits | undefined = undefined;
  readonly persist: Persist<RiskSaved>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SavedStateOptions,
  ) {
    this.persist = new Persist<RiskSaved>(host, {
      namespace: o.namespace,
      key: o.key,
      restore: (s) => this.restore(s),
    });
  }

  private restore(saved: RiskSaved | undefined): void {
    const s = readSaved(saved);
    if (!s) return;
    this.tuned = s.tuned;
    if (s.plan) this.plan = s.plan;
    if (s.plans) this.plans = s.plans;
    if (s.playbooks) this.playbooks = s.playbooks;
    this.o.restored(s);
  }

  /** Save the state as it is now (after the debounce of Persist). */
  save(): void {
    this.persist.save(
      savedOf({ tuned: this.tuned, ...this.o.view(), plan: this.plan, plans: this.plans, playbooks: this.playbooks }),
    );
  }

  /** The user's rules changes: partial rules over the host's (none when empty). */
  setTuned(overlay: unknown): void {
    this.tuned = isEmptyOverlay(overlay) ? undefined : overlay;
    this.dropped = [];
    this.save();
    this.host.requestUpdate();
  }

  /** Change one value of the user's rules changes. */
  tuneAt(path: readonly (string | number)[], value: unknown): void {
    this.setTuned(setInOverlay(this.tuned, path, value));
  }

  /** The host's rules lost stages the user had changed: keep the overlay without them and say so. */
  dropStages(keys: readonly string[], overlay = dropOverlayStages(this.tuned, keys)): void {
    this.tuned = isEmptyOverlay(overlay) ? undefined : overlay;
    this.dropped = keys;
    this.save();
    this.host.requestUpdate();
  }

  setPlans(plans: SavedPlans): void {
    this.plans = plans;
    this.save();
    this.host.requestUpdate();
  }

  setPlaybooks(edits: PlaybookEdits): void {
    this.playbooks = edits;
    this.save();
    this.host.requestUpdate();
  }

  setPlanStep(rowKey: string, stepKey: string, done: boolean): void {
    this.plan = withPlanStep(this.plan, rowKey, stepKey, done);
    this.save();
    this.host.requestUpdate();
  }
}
