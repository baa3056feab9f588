/**
 * A tiering element's model as JSON: exported as a file, imported from pasted text or a file. An import
 * that is not valid JSON, or not a valid model, is refused with its issues and changes nothing.
 */
import type { ReactiveControllerHost } from 'lit';
import { modelIssues } from '../../src/models/tiering.js';
import { colonIssuesOf, type Issue } from '../../src/schemas/issues.js';
import { EN_TEXT } from '../../src/i18n/issues/en-text.js';
import { downloadText } from './download.js';

export interface ModelJsonOptions {
  /** The file name's stem (`<name>-model.json`). */
  name: () => string;
  /** The model in force (exported as it is, even while invalid, so it can be fixed as JSON). */
  model: () => unknown;
  /** Put an imported (valid) model in force. */
  apply: (model: unknown) => void;
}

export class ModelJson {
  /** The JSON being typed. */
  text = '';
  /** What the last import said. */
  issues: Issue[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: ModelJsonOptions,
  ) {}

  setText(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  export(): void {
    downloadText(`${this.o.name()}-model.json`, JSON.stringify(this.o.model(), null, 2), 'application/json');
  }

  import(text: string): void {
    let m: unknown;
    try {
      m = JSON.parse(text);
      this.issues = modelIssues(m);
    } catch (e) {
      this.issues = [colonIssuesOf(EN_TEXT)('model', 'not_json', { why: (e as Error).message })];
    }
    if (!this.issues.length) {
      this.text = '';
      this.o.apply(m);
    }
    this.host.requestUpdate();
  }

  async importFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) this.import(await file.text());
  }
}
