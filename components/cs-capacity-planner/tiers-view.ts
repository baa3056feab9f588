import { html, nothing, type TemplateResult } from 'lit';
import { deepShareFromTiers, type DeepShareResult } from '../../src/models/cs-tiers.js';
import { CS_TIERS, type CsTiersStrings } from '../../src/i18n/cs-tiers.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';
import { compileModel } from '../../src/models/tiering.js';
import { PRESETS } from '../../src/models/presets.js';
import type { ImportFactor } from '../../src/views/import-core.js';
import { CustomerImport, type CustomerImportHost } from './customer-import.js';

/** What the tiers view needs of its element. */
export interface TiersHost extends CustomerImportHost {
  requestUpdate(): void;
  readonly locale: Locale;
  readonly fmt: Formatter;
  /** The customer list, `[{ id?, values }]`. */
  customerList?: unknown;
  /** The customer-value model (§1); default the customer preset. */
  tieringModel?: unknown;
  setParam(path: string, value: unknown): void;
}

type Obj = Record<string, unknown>;

/**
 * cs-capacity-planner's deep-service share from the customer tiers
 * (docs/models.md §6 extras): the customer list counted by the
 * customer-value model's tiers, one button that sets r2 to the share in
 * focus tiers, and the mark beside r2 — from tiers with the count, or edited
 * with a way back.
 */
export class TiersView {
  /** True once the share was filled from the tiers (the mark shows while the element lives). */
  private filled = false;
  private memo?: { list: unknown; model: unknown; out: DeepShareResult | Issue[] };
  private factorsMemo?: { model: unknown; factors: readonly ImportFactor[] };
  /** A customer list imported here (a CRM export), over the host's `customer-list`. */
  readonly imported: CustomerImport;

  constructor(
    private readonly host: TiersHost,
    private readonly issueText: (i: Issue) => string,
  ) {
    this.imported = new CustomerImport(
      host,
      () => this.factors(),
      () => host.requestUpdate(),
    );
  }

  /** The tiering model's factors, as the import reads them (the customer preset's when the model is not valid). */
  private factors(): readonly ImportFactor[] {
    const model = this.host.tieringModel;
    const m = this.factorsMemo;
    if (m && m.model === model) return m.factors;
    let factors: readonly ImportFactor[];
    try {
      factors = compileModel(model ?? PRESETS.customer).model.factors;
    } catch {
      factors = compileModel(PRESETS.customer).model.factors;
    }
    this.factorsMemo = { model, factors };
    return factors;
  }

  /** Call from willUpdate: the import's saved mapping and file. */
  sync(): void {
    this.imported.ctl.sync();
  }

  pending(): boolean {
    return this.imported.ctl.pending();
  }

  private get s(): CsTiersStrings {
    return CS_TIERS[this.host.locale];
  }

  /** The count by tier (issues for a bad list or model); undefined without a list. */
  counted(): DeepShareResult | Issue[] | undefined {
    const list = this.imported.customers() ?? this.host.customerList;
    if (list == null) return undefined;
    const model = this.host.tieringModel;
    if (this.memo?.list === list && this.memo.model === model) return this.memo.out;
    let out: DeepShareResult | Issue[];
    try {
      out = deepShareFromTiers({ customers: list, ...(model == null ? {} : { model }) });
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      out = e.issues;
    }
    this.memo = { list, model, out };
    return out;
  }

  use(): void {
    const c = this.counted();
    if (!c || Array.isArray(c) || c.deepCustomerShare === null) return;
    this.host.setParam('deepCustomerShare', c.deepCustomerShare);
    this.filled = true;
  }

  /** The mark beside r2: from tiers (N customers), or edited with its revert. */
  mark(input: Obj): TemplateResult | typeof nothing {
    const c = this.counted();
    if (!this.filled || !c || Array.isArray(c) || c.deepCustomerShare === null || input.deepCustomerShare == null)
      return nothing;
    const s = this.s;
    if (Math.abs(Number(input.deepCustomerShare) - c.deepCustomerShare) <= 1e-12)
      return html`<small class="hist" data-mark="tiers">${s.fromTiers(this.host.fmt.integer(c.customers))}</small>`;
    return html`<small class="hist" data-mark="edited"
      >${s.edited}
      <button type="button" @click=${() => this.host.setParam('deepCustomerShare', c.deepCustomerShare)}>
        ${s.revert}
      </button></small
    >`;
  }

  render(input: Obj): TemplateResult {
    const s = this.s;
    const f = this.host.fmt;
    const c = this.counted();
    const imp = this.imported.render({ title: s.importList, read: s.read, clear: s.dropList });
    if (!c)
      return html`<section part="tiers" aria-labelledby="ti-h">
        <h3 id="ti-h">${s.title}</h3>
        ${imp}
      </section>`;
    if (Array.isArray(c))
      return html`<section part="tiers" aria-labelledby="ti-h">
        <h3 id="ti-h">${s.title}</h3>
        <p class="msg" role="alert">${c.map((i) => this.issueText(i)).join('; ')}</p>
        ${imp}
      </section>`;
    return html`<section part="tiers" aria-labelledby="ti-h">
      <h3 id="ti-h">${s.title}</h3>
      ${imp}
      ${c.invalid.length ? html`<p class="msg" role="status">${s.notRead(f.integer(c.invalid.length))}</p>` : nothing}
      <div class="table-wrap" tabindex="0">
        <table part="tier-table">
          <caption>
            ${s.title}
          </caption>
          <thead>
            <tr>
              ${[s.tier, s.customers, s.share, s.focus].map((x) => html`<th scope="col">${x}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${c.tiers.map(
              (t) =>
                html`<tr>
                  <th scope="row">${t.label}</th>
                  <td class="num">${f.integer(t.count)}</td>
                  <td class="num">${f.percent(t.share, 1)}</td>
                  <td>${t.focus ? '✓' : ''}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${s.focusShare}</th>
              <td class="num">${f.integer(c.focus)} / ${f.integer(c.customers)}</td>
              <td class="num"><b>${f.percent(c.deepCustomerShare, 1)}</b></td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${
        c.deepCustomerShare === null
          ? html`<p class="weak">${s.noCustomers}</p>`
          : html`<p class="row no-print">
              <button type="button" class="brand" @click=${() => this.use()}>${s.use}</button>
              ${
                input.deepCustomerShare != null
                  ? html`<button
                      type="button"
                      @click=${() => {
                        this.filled = false;
                        this.host.setParam('deepCustomerShare', null);
                      }}
                    >
                      ${s.clear}
                    </button>`
                  : nothing
              }
            </p>`
      }
    </section>`;
  }
}
