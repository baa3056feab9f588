/** Small templates several elements share. */
import { html, nothing, type TemplateResult } from 'lit';

export interface JsonImportBox {
  /** id of the textarea (unique within the element's shadow root). */
  id: string;
  label: string;
  hint?: string;
  text: string;
  onInput: (text: string) => void;
  onImport: () => void;
  importLabel: string;
  /** A file picker next to the button, when given. */
  file?: { label: string; accept: string; onChange: (e: Event) => void };
  /** The alert for what the import found wrong. */
  issues: TemplateResult | typeof nothing;
}

/** A paste box with an Import button (and an optional file picker) for a JSON configuration. */
export const jsonImportBox = (o: JsonImportBox): TemplateResult =>
  html`<div class="import">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="weak">${o.hint}</p>` : nothing}
    <textarea
      id=${o.id}
      rows="3"
      .value=${o.text}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="row">
      <button type="button" ?disabled=${!o.text.trim()} @click=${o.onImport}>${o.importLabel}</button>
      ${
        o.file
          ? html`<label class="file"
              >${o.file.label}<input type="file" accept=${o.file.accept} @change=${o.file.onChange}
            /></label>`
          : nothing
      }
    </div>
    ${o.issues}
  </div>`;
