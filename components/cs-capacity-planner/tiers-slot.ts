/**
 * Where cs-capacity-planner's deep-service share from the tiers comes from
 * (docs/models.md §6 extras): the host's `customer-list`, or a customer list
 * the user imports in the element (the shared import view, loaded on first
 * use). The tiers view and its import load when either is there; that the
 * user opened the import is kept under the element's storage-key, so a list
 * imported before comes back with the page.
 */
import { html, type TemplateResult } from 'lit';
import type { Issue } from '../../src/schemas/issues.js';
import { Persist } from '../shared/persist.js';
import type { LazySlot } from '../shared/planner.js';
import type { TiersHost, TiersView } from './tiers-view.js';

type Lazy = (slot: LazySlot<TiersView>, load: () => Promise<() => TiersView>) => TiersView | undefined;

export class TiersSlot {
  private readonly slot: LazySlot<TiersView> = {};
  /** The user asked to import a customer list. */
  private open = false;
  readonly persist: Persist<{ v: 1; open: boolean }>;

  constructor(
    private readonly host: TiersHost & { storageKey?: string },
    private readonly lazy: Lazy,
    private readonly issueText: (i: Issue) => string,
  ) {
    this.persist = new Persist(host, {
      namespace: `${host.localName}-customers`,
      key: () => host.storageKey,
      restore: (s) => {
        this.open = s?.v === 1 && s.open;
        host.requestUpdate();
      },
    });
  }

  /**
   * Call from willUpdate: the saved state of the flag and of the import. A list given or an import asked for (the
   * flag restored) loads the view now, with its saved list.
   */
  sync(): void {
    this.persist.sync();
    if (!this.persist.pending()) this.view();
    this.slot.view?.sync();
  }

  /**
   * The element's result waits while the flag is read, while the view it needs loads (unless it failed to) and while
   * the view's saved list is read: a first result without the list, then one with it, would be two results.
   */
  pending(): boolean {
    if (this.persist.pending()) return true;
    if (this.slot.view) return this.slot.view.pending();
    return this.wanted() && !this.slot.failed;
  }

  private wanted(): boolean {
    return this.host.customerList != null || this.open;
  }

  /** The tiers view, when there is a list or the import was asked for (undefined until its module is in). */
  view(): TiersView | undefined {
    if (!this.wanted()) return undefined;
    return this.lazy(this.slot, () =>
      import('./tiers-view.js').then((m) => () => new m.TiersView(this.host, this.issueText)),
    );
  }

  /** The button that opens the import (before the view is there). */
  button(label: string): TemplateResult {
    return html`<p class="row no-print">
      <button
        type="button"
        data-import-customers
        @click=${() => {
          this.open = true;
          this.persist.save({ v: 1, open: true });
          this.host.requestUpdate();
        }}
      >
        ${label}
      </button>
    </p>`;
  }
}
