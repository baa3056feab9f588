/** What an element hosting the tiering model editor gives it (types only: the editor is loaded on first use). */
import type { Issue } from '../../../src/schemas/issues.js';
import type { Formatter, Locale } from '../../../src/i18n/format.js';

export interface EditorHost {
  readonly locale: Locale;
  readonly fmt: Formatter;
  /** The model in force (shared, tuned, the page's or the preset). */
  model(): unknown;
  /** The model's validation issues (paths under `model`), none when the elements accept it. */
  validate(model: unknown): readonly Issue[];
  /** Put a valid model in force: saved under storage-key, shared through the provider. */
  save(model: unknown): void;
  issueText(i: Issue): string;
  factorLabel(key: string, label: string): string;
  tierLabel(key: string, label: string): string;
  /** The host's shadow root: the editor adopts its style sheet there and moves focus in it. */
  readonly root: ShadowRoot;
  /** Render again; resolves when the host has rendered. */
  update(): Promise<unknown>;
}
