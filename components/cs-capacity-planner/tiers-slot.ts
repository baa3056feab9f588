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

  /** Call from willUpdate: the saved state of the flag and of the import. */
  sync(): void {
    this.persist.sync();
    this.slot.view?.sync();
  }

  pending(): boolean {
    return this.persist.pending() || !!this.slot.view?.pending();
  }

  /** The tiers view, when there is a list or the import was asked for (undefined until its module is in). */
  view(): TiersView | undefined {
    if (this.host.customerList == null && !this.open) return undefined;
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
