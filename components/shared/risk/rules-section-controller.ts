/**
 * The rules section of a risk panel: the editor, reset, export, and the JSON
 * import box with what was wrong with the last import. A reactive controller
 * over the panel; the rules in force and the user's changes stay in the panel's
 * saved state (saved-state-controller.ts).
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { isModelInputError, type Issue } from '../../../src/schemas/issues.js';
import type { RiskStrings, RulesSource } from '../../../src/i18n/risk.js';
import { downloadText } from '../download.js';
import type { rulesEditor } from './rules-editor.js';

export interface RulesSectionOptions {
  r: () => RiskStrings;
  /** Check rules (throws ModelInputError on bad rules). */
  resolveRules: (raw: unknown) => unknown;
  /** Make checked rules the user's rules, the field errors cleared. */
  apply: (rules: unknown) => void;
  /** The panel's resetRules (the reset button). */
  reset: () => void;
  /** The panel's issue list for the import's issues. */
  issuesView: (issues: Issue[]) => TemplateResult | typeof nothing;
}

/** What the section shows of the run in force. */
export interface RulesSectionRun {
  rules: unknown;
  source: RulesSource;
  tuned: boolean;
}

export class RiskRulesSection {
  /** The JSON typed in the import box. */
  text = '';
  /** What was wrong with the last import. */
  issues: Issue[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: RulesSectionOptions,
  ) {}

  /** Forget what was wrong with the last import (the rules are reset). */
  clearIssues(): void {
    this.issues = [];
    this.host.requestUpdate();
  }

  /** Use rules given as JSON text (checked before they become the user's rules). */
  import(text: string): void {
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      this.issues = [{ path: 'rules', message: this.o.r().rulesNotJson((e as Error).message) }];
      this.host.requestUpdate();
      return;
    }
    try {
      this.o.resolveRules(v);
    } catch (e) {
      if (!isModelInputError(e)) throw e;
      this.issues = e.issues;
      this.host.requestUpdate();
      return;
    }
    this.issues = [];
    this.text = '';
    this.o.apply(v);
    this.host.requestUpdate();
  }

  /**
   * The section, kept as rendered while nothing it shows changed (`deps`: what
   * else of the panel its fields show); `file` names the rules export; `editor`: its template (rules-editor.ts,
   * loaded with the parts a panel draws after its first rows).
   */
  render(
    run: RulesSectionRun,
    o: {
      compact: boolean;
      kept: boolean;
      file: string;
      deps: readonly unknown[];
      fields: () => TemplateResult;
      editor: typeof rulesEditor;
    },
  ): unknown {
    const r = this.o.r();
    const deps = [run.rules, run.source, run.tuned, this.text, this.issues, r, o.compact, o.kept, ...o.deps];
    return guard(deps, () =>
      o.editor({
        r,
        compact: o.compact,
        source: run.source,
        tuned: run.tuned,
        kept: o.kept,
        fields: o.fields(),
        importText: this.text,
        importIssues: this.issues.length ? this.o.issuesView(this.issues) : nothing,
        onReset: this.o.reset,
        onExport: () => downloadText(o.file, JSON.stringify(run.rules, null, 2), 'application/json'),
        onImportText: (text) => {
          this.text = text;
          this.host.requestUpdate();
        },
        onImport: () => this.import(this.text),
      }),
    );
  }
}
