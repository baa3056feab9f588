import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { resolveLocale, type Locale } from '../../src/i18n/format.js';
import { revopsContext, type RevopsContext } from '../shared/context.js';
import { jsonConverter, JsonParseFailure } from '../shared/json-source.js';
import { Persist } from '../shared/persist.js';
import { SharedValues } from '../shared/shared-values.js';
import { dispatchRevopsEvent } from '../shared/define.js';
import { attributeIssue } from '../../src/schemas/element-issues.js';

interface ProviderSaved {
  v: 1;
  tuned: Record<string, unknown>;
}

/**
 * Shares a locale, a currency and named model configurations with every
 * revops element inside it, so that two cards under one provider use one
 * tuned model: tuning in one card updates the other at once. With
 * `storage-key` the tuned configurations are saved in IndexedDB.
 *
 * @tag revops-provider
 * @customElement revops-provider
 * @summary Page-level locale, currency and shared model configurations for the revops elements inside it.
 *
 * @slot - The revops elements (and anything else) that share these settings.
 *
 * @fires {CustomEvent<{ models: Record<string, unknown> }>} revops-models-change - The shared configurations changed: `detail.models` holds them by name.
 * @fires {CustomEvent<InvalidDetail>} revops-invalid - The `models` attribute is not valid JSON: `detail.issues` names it.
 */
export class RevopsProvider extends LitElement {
  /** UI language for the elements inside: `zh-CN` or `en` (any `zh-*` tag reads as zh-CN). */
  @property() locale?: string;

  /** ISO 4217 currency for money (default CNY). */
  @property() currency?: string;

  /** Named model configurations, e.g. `{ "lead": {…TieringModel} }`; JSON attribute or property. */
  @property({ converter: jsonConverter }) models?: Record<string, unknown>;

  /** Key under which tuned configurations are saved in IndexedDB. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  @state() private tuned: Record<string, unknown> = {};

  /** What the elements inside publish for each other (a planner's plan): one store for the provider's life. */
  private readonly shared = new SharedValues();

  private readonly provider = new ContextProvider(this, { context: revopsContext, initialValue: this.value() });

  private readonly persist = new Persist<ProviderSaved>(this, {
    namespace: 'revops-provider',
    key: () => this.storageKey,
    restore: (s) => {
      if (s?.v === 1 && s.tuned && typeof s.tuned === 'object') this.tuned = { ...s.tuned, ...this.tuned };
    },
  });

  /** The configurations in force: the host's, overlaid with tuned ones. */
  get effectiveModels(): Readonly<Record<string, unknown>> {
    const given =
      this.models && !(this.models instanceof JsonParseFailure) && typeof this.models === 'object' ? this.models : {};
    return { ...given, ...this.tuned };
  }

  /** Store a tuned configuration under a name; `undefined` drops the tuning. */
  setModel(name: string, model: unknown): void {
    const next = { ...this.tuned };
    if (model === undefined) delete next[name];
    else next[name] = model;
    this.tuned = next;
    this.persist.save({ v: 1, tuned: next });
  }

  private value(): RevopsContext {
    const locale: Locale | undefined = resolveLocale(this.locale) ?? undefined;
    return {
      ...(locale ? { locale } : {}),
      ...(this.currency ? { currency: this.currency } : {}),
      models: this.effectiveModels,
      setModel: (name, model) => this.setModel(name, model),
      shared: this.shared,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.persist.sync();
    if (changed.has('models') && this.models instanceof JsonParseFailure)
      // The provider has no view of its own: say it with the event every element uses, and in the console.
      void this.updateComplete.then(() => {
        const why = (this.models as unknown as JsonParseFailure).message;
        const issue = attributeIssue('models', 'attribute_json', { attr: 'models', why });
        console.warn(`<revops-provider> ${issue.message}`);
        dispatchRevopsEvent(this, 'revops-invalid', { issues: [issue], source: 'models' });
      });
    if (changed.has('locale') || changed.has('currency') || changed.has('models') || changed.has('tuned')) {
      this.provider.setValue(this.value());
      if (changed.has('tuned') || changed.has('models'))
        dispatchRevopsEvent(this, 'revops-models-change', { models: this.effectiveModels });
    }
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  override render() {
    return html`<slot></slot>`;
  }
}
