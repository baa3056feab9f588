// Bench only, never shipped: both risk panels with their rows rendered by
// @lit-labs/virtualizer (`virtualize`, the list as its own scroller) instead of
// the panels' own virtual list, so `npm run bench` can set one against the
// other on the same data. The subclass replaces only the panel's list (it
// reads the panel's internals, which no API promises); header, toolbar,
// assessment, filters and row templates are the panels' own. Rows are shown
// closed, as in the scroll figures.
import { css, html, nothing } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { OpportunityAlertPanel } from '../../components/opportunity-alert-panel/opportunity-alert-panel.js';
import { ChurnAlertPanel } from '../../components/churn-alert-panel/churn-alert-panel.js';

// The virtualizer wants a real Array of items: one per view (a typed array is not accepted).
const asArray = new WeakMap();
const itemsOf = (view) => {
  let a = asArray.get(view);
  if (!a) asArray.set(view, (a = Array.from(view)));
  return a;
};

const withLitVirtualizer = (Base) =>
  class extends Base {
    // The virtualizer gives its scroller `contain: size`: the list needs a height of its own.
    static styles = [
      ...Base.styles,
      css`
        .list.lv {
          height: var(--_list-height);
        }
      `,
    ];

    renderList() {
      const { r, f, ctx, config: c } = this;
      const a = this.assessment.assessed;
      const total = a.facets.level.length;
      const view = this.views.view;
      const n = view.length;
      const active = Math.min(this.list.active, Math.max(0, n - 1));
      return html`${this.renderToolbar()}
        <p part="count" class="weak count" role="status">${r.showing(f.integer(n), f.integer(total))}</p>
        ${
          n
            ? html`<div class="columns" aria-hidden="true">${c.columns(ctx)}</div>
                <div
                  class="list lv"
                  part="list"
                  role="list"
                  aria-label=${c.words(this.loc).title}
                  @click=${this.list.onClick}
                >
                  ${virtualize({
                    items: itemsOf(view),
                    scroller: true,
                    keyFunction: (k) => k,
                    renderItem: (k, p) => {
                      const index = a.facets.index[k];
                      const row = a.store.get(k);
                      return html`<div
                        role="listitem"
                        class="item"
                        data-i=${index}
                        data-level=${row.level}
                        aria-posinset=${p + 1}
                        aria-setsize=${n}
                      >
                        <button
                          type="button"
                          class="head"
                          part="row"
                          data-pos=${p}
                          tabindex=${p === active ? 0 : -1}
                          aria-expanded="false"
                        >
                          ${c.rowHead(ctx, row, a.list[index])}
                        </button>
                      </div>`;
                    },
                  })}
                </div>`
            : html`<p part="no-match" class="weak">${r.noMatch}</p>`
        }${nothing}`;
    }
  };

customElements.define('opportunity-alert-panel-lv', withLitVirtualizer(OpportunityAlertPanel));
customElements.define('churn-alert-panel-lv', withLitVirtualizer(ChurnAlertPanel));
