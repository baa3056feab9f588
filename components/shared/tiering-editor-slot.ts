/**
 * Where a tiering card or table shows its model editor: a disclosure whose content — the editor itself —
 * is loaded the first time it is opened (tiering-editor/, its own file), so it adds nothing to the
 * element's first paint.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { modelIssues } from '../../src/models/tiering.js';
import type { Formatter, Locale } from '../../src/i18n/format.js';
import type { EditorHost } from './tiering-editor/editor-host.js';
import type { EditorSession } from './tiering-editor/editor-session.js';
import { loadEditor } from './tiering-editor/load-editor.js';

export class ModelEditorSlot {
  private session?: EditorSession;
  private loading = false;
  private open = false;
  /** Why the editor could not load, shown in its place. */
  private failed = '';

  private readonly host: () => EditorHost;

  /** `el`: the card or table; `o`: its model in force, how it puts a model in force, its words. */
  constructor(
    el: ReactiveElement & { readonly locale: Locale; readonly fmt: Formatter },
    o: Pick<EditorHost, 'model' | 'save' | 'issueText' | 'factorLabel' | 'tierLabel'>,
  ) {
    this.host = () => ({
      ...o,
      locale: el.locale,
      fmt: el.fmt,
      root: el.renderRoot as ShadowRoot,
      validate: modelIssues,
      update: () => (el.requestUpdate(), el.updateComplete),
    });
  }

  /** The editor's session once loaded (for tests and hosts that drive it). */
  get editor(): EditorSession | undefined {
    return this.session;
  }

  /** Open the editor (loading it first when needed); resolves once it is in. */
  async show(): Promise<EditorSession | undefined> {
    this.open = true;
    if (!this.session && !this.loading) {
      this.loading = true;
      void this.host().update();
      try {
        const m = await loadEditor();
        this.session = new m.EditorSession(this.host());
        this.failed = '';
      } catch (e) {
        this.failed = String((e as Error)?.message ?? e);
      } finally {
        this.loading = false;
      }
    }
    void this.host().update();
    return this.session;
  }

  render(summary: string): TemplateResult {
    return html`<details
      part="editor"
      .open=${this.open}
      @toggle=${(e: Event) => {
        this.open = (e.target as HTMLDetailsElement).open;
        if (this.open) void this.show();
      }}
    >
      <summary>${summary}</summary>
      ${
        this.open
          ? this.session
            ? this.session.render()
            : html`<p class="weak" aria-busy=${this.loading ? 'true' : 'false'}>${this.failed}</p>`
          : nothing
      }
    </details>`;
  }
}
