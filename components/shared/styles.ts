/**
 * Theme: SLDS-like defaults behind public `--revops-*` tokens. Each element
 * reads private `--_*` variables that default to the public tokens, so a host
 * page themes every element at once and can still override one element.
 * Every colour is `light-dark(light, dark)`: the theme only sets the colour
 * scheme (light by default; `theme="dark"`, or `theme="auto"` to follow the OS).
 * A host token may itself be a `light-dark()` pair.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_brand: var(--revops-color-brand, light-dark(#0176d3, #78b0fd));
    --_brand-strong: var(--revops-color-brand-strong, light-dark(#014486, #aacbff));
    --_on-brand: var(--revops-color-on-brand, light-dark(#ffffff, #0b0b0b));
    --_text: var(--revops-color-text, light-dark(#181818, #f3f3f3));
    --_text-weak: var(--revops-color-text-weak, light-dark(#5c5c5c, #c9c7c5));
    --_surface: var(--revops-color-surface, light-dark(#ffffff, #1a1b1e));
    --_surface-alt: var(--revops-color-surface-alt, light-dark(#f3f3f3, #26282d));
    --_border: var(--revops-color-border, light-dark(#c9c9c9, #54575e));
    --_focus: var(--revops-color-focus, light-dark(#0176d3, #78b0fd));
    --_success: var(--revops-color-success, light-dark(#2e844a, #45c65a));
    --_warning: var(--revops-color-warning, light-dark(#a96404, #fcc003));
    --_error: var(--revops-color-error, light-dark(#ba0517, #fe8d85));
    --_error-bg: var(--revops-color-error-surface, light-dark(#fef1ee, #3e1b1b));
    --_notice-bg: var(--revops-color-notice-surface, light-dark(#fef6e3, #3a2e10));
    --_tier-1: var(--revops-tier-1, light-dark(#2e844a, #45c65a));
    --_tier-2: var(--revops-tier-2, light-dark(#0176d3, #78b0fd));
    --_tier-3: var(--revops-tier-3, light-dark(#a96404, #fcc003));
    --_tier-4: var(--revops-tier-4, light-dark(#706e6b, #c9c7c5));
    --_tier-5: var(--revops-tier-5, light-dark(#5c5c5c, #aeaeae));
    --_on-tier: var(--revops-color-on-tier, light-dark(#ffffff, #0b0b0b));
    --_track: var(--revops-color-track, light-dark(#e5e5e5, #3a3d44));
    --_level-ok: var(--revops-level-ok, light-dark(#2e844a, #45c65a));
    --_level-warning: var(--revops-level-warning, light-dark(#a96404, #fcc003));
    --_level-critical: var(--revops-level-critical, light-dark(#ba0517, #fe8d85));
    /* system-ui first: it is the platform's UI font (Segoe UI on Windows, San Francisco on macOS, Microsoft
       YaHei UI on zh-CN Windows), found on the first lookup; each family the platform lacks before it costs the
       browser one lookup per size and weight on the first layout. The Chinese families are for glyphs the system
       font lacks. docs/embedding.md "Font". */
    --_font: var(--revops-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--revops-font-size, 0.8125rem);
    --_radius: var(--revops-radius, 0.25rem);
    --_gap: var(--revops-spacing, 0.75rem);
    --_shadow: var(--revops-shadow, 0 2px 2px 0 rgb(0 0 0 / 10%));
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/** Shared element chrome: card frame, headings, controls, tables, alerts. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: var(--_gap);
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    font-weight: 700;
    line-height: 1.25;
  }
  h2 {
    font-size: 1rem;
  }
  h3 {
    font-size: 0.875rem;
  }
  p {
    margin: 0;
  }
  .weak {
    color: var(--_text-weak);
  }
  .num {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .spacer {
    flex: 1;
  }
  /* A group of buttons that is one tab stop (data-roving) but lays out as its buttons, in the toolbar's flow. */
  .button-group {
    display: contents;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    /* A long option or value never widens a narrow column. */
    max-width: 100%;
  }
  button {
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_brand);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    min-height: 2rem;
    cursor: pointer;
    font-weight: 600;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  button.brand {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
  }
  button.brand:hover {
    background: var(--_brand-strong);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    min-height: 2rem;
    min-width: 0;
  }
  input[type='checkbox'],
  input[type='radio'] {
    min-height: auto;
    accent-color: var(--_brand);
  }
  input[type='number'] {
    font-variant-numeric: tabular-nums;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.375rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  th {
    font-weight: 600;
    color: var(--_text-weak);
    font-size: 0.75rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  details {
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    padding: 0.25rem 0;
  }
  details > .body {
    display: grid;
    gap: 0.75rem;
    padding-top: 0.5rem;
  }
  [part~='error'] {
    border: 1px solid var(--_error);
    background: var(--_error-bg);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  [part~='error'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part~='error'] code {
    font-weight: 700;
  }
  [part~='notice'] {
    background: var(--_notice-bg);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    font-size: 0.75rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    border-radius: 1rem;
    padding: 0.125rem 0.625rem;
    font-weight: 700;
    background: var(--_tier-4);
    color: var(--_on-tier);
    white-space: nowrap;
  }
  svg text {
    fill: currentColor;
    font-size: 11px;
  }
  /* A chart wider than its column scrolls inside its figure (chart-fit.ts keeps its text 11–16 px). */
  figure {
    max-width: 100%;
    min-width: 0;
    overflow-x: auto;
  }
  /* Sections, tab panels and labelled fields take the column's width, never their content's (a wide
     table, chart or option scrolls or shrinks inside them). */
  [part~='base'] > *,
  [role='tabpanel'] > *,
  .field {
    min-width: 0;
  }
  .field > select {
    min-width: 0;
  }
  /* Its width comes from the column, never from the chart inside (which would widen a grid track). */
  figure:has(> svg[viewBox]) {
    contain: inline-size;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.25rem 0.5rem 0.5rem;
    min-width: 0;
  }
  legend {
    padding: 0 0.25rem;
  }
  label {
    cursor: pointer;
  }
  @media print {
    [part~='base'] {
      box-shadow: none;
    }
    button,
    input[type='file'] {
      display: none;
    }
  }
`;
