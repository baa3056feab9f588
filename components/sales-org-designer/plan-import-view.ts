import { html, nothing, type TemplateResult } from 'lit';
import { readPlanFile } from '../../src/models/scenario-file.js';
import { PLAN_SHARE, type PlanShareStrings } from '../../src/i18n/plan-share.js';
import type { Locale } from '../../src/i18n/format.js';
import { isModelInputError, type Issue } from '../../src/schemas/issues.js';
import type { ImportedPlan, PlanOrigin } from './plan-source.js';

/** What the import view needs of its element. */
export interface PlanImportHost extends HTMLElement {
  requestUpdate(): void;
  readonly locale: Locale;
}

/**
 * sales-org-designer's plan import (docs/models.md §4 extras, "Sharing the
 * plan"): a scenario file exported by sales-target-planner, picked or pasted,
 * read and checked; a bad file is named field by field and the plan in force
 * stays. Loaded on first use.
 */
export class PlanImportView {
  /** What was wrong with the last file read (empty once one is used). */
  issues: Issue[] = [];

  constructor(
    private readonly host: PlanImportHost,
    private readonly use: (plan: ImportedPlan | null) => void,
    private readonly invalid: (issues: Issue[]) => void,
    private readonly renderIssues: (issues: Issue[]) => unknown,
  ) {}

  private get s(): PlanShareStrings {
    return PLAN_SHARE[this.host.locale];
  }

  /** Read a file's text (`fallbackName`: the file's name, for a file without one of its own). */
  read(text: string, fallbackName: string): boolean {
    try {
      const r = readPlanFile(text);
      this.issues = [];
      this.use({ name: r.name || fallbackName, input: r.input });
      return true;
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      this.issues = e.issues;
      this.invalid(e.issues);
      this.host.requestUpdate();
      return false;
    }
  }

  private async pick(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.read(await file.text(), file.name.replace(/\.json$/i, ''));
    input.value = '';
  }

  private where(origin: PlanOrigin | undefined, name: string): string {
    const s = this.s;
    if (origin === 'file') return s.fromFile(name || s.unnamed);
    if (origin === 'property') return s.fromProperty;
    if (origin === 'element') return s.fromElement(name);
    if (origin === 'provider') return s.fromProvider;
    return s.none;
  }

  render(origin: PlanOrigin | undefined, name: string): TemplateResult {
    const s = this.s;
    const root = this.host.shadowRoot!;
    return html`<section part="plan-import" class="no-print" aria-labelledby="pi-h">
      <h3 id="pi-h">${s.title}</h3>
      <p part="plan-origin" data-origin=${origin ?? ''} role="status">${this.where(origin, name)}</p>
      ${this.issues.length ? html`<div part="plan-file-issues">${this.renderIssues(this.issues)}</div>` : nothing}
      <div class="row">
        <div class="field">
          <label for="pi-file">${s.file}</label>
          <input id="pi-file" type="file" accept=".json,application/json" @change=${(e: Event) => this.pick(e)} />
        </div>
        ${
          origin === 'file'
            ? html`<button type="button" part="plan-drop" @click=${() => this.use(null)}>${s.drop}</button>`
            : nothing
        }
      </div>
      <div class="field">
        <label for="pi-paste">${s.paste}</label>
        <textarea id="pi-paste" rows="3" spellcheck="false"></textarea>
      </div>
      <p class="row">
        <button
          type="button"
          @click=${() => {
            const t = root.querySelector<HTMLTextAreaElement>('#pi-paste')!;
            if (this.read(t.value, s.unnamed)) t.value = '';
          }}
        >
          ${s.usePasted}
        </button>
      </p>
    </section>`;
  }
}
