/** The model editor's CSS, adopted by its host when the editor loads (a constructed sheet: a strict CSP allows it). */
export const EDITOR_CSS = `
.editor{display:grid;gap:var(--_gap)}
.editor fieldset{border:1px solid var(--_border);border-radius:var(--_radius);padding:.5rem;margin:0;min-width:0}
.editor legend{font-weight:600}
.ed-fields,.ed-rows>li,.ed-actions{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:end}
.ed-field{display:grid;gap:.125rem;min-width:0}
.ed-field input,.ed-field select{width:9em;max-width:100%}
.ed-field input[type='number']{width:6em}
.ed-field.check{display:flex;align-items:center;gap:.25rem}
.ed-rows{list-style:none;margin:.25rem 0;padding:0;display:grid;gap:.5rem}
.ed-rows>li{border-top:1px solid var(--_track);padding-top:.25rem}
.cell-issue{color:var(--_error);max-width:24em}
.cell-issue:empty{display:none}
.ed-status{margin:0}
`;
