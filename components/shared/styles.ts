/**
 * Theme: SLDS-like defaults behind public `--revops-*` tokens. Each element
 * reads private `--_*` variables that default to the public tokens, so a host
 * page themes every element at once and can still override one element.
 * Light by default; `theme="dark"`, or `theme="auto"` to follow the OS.
 */
import { css, unsafeCSS } from 'lit';

const light = `
  --_brand: var(--revops-color-brand, #0176d3);
  --_brand-strong: var(--revops-color-brand-strong, #014486);
  --_on-brand: var(--revops-color-on-brand, #ffffff);
  --_text: var(--revops-color-text, #181818);
  --_text-weak: var(--revops-color-text-weak, #5c5c5c);
  --_surface: var(--revops-color-surface, #ffffff);
  --_surface-alt: var(--revops-color-surface-alt, #f3f3f3);
  --_border: var(--revops-color-border, #c9c9c9);
  --_focus: var(--revops-color-focus, #0176d3);
  --_success: var(--revops-color-success, #2e844a);
  --_warning: var(--revops-color-warning, #a96404);
  --_error: var(--revops-color-error, #ba0517);
  --_error-bg: var(--revops-color-error-surface, #fef1ee);
  --_notice-bg: var(--revops-color-notice-surface, #fef6e3);
  --_tier-1: var(--revops-tier-1, #2e844a);
  --_tier-2: var(--revops-tier-2, #0176d3);
  --_tier-3: var(--revops-tier-3, #a96404);
  --_tier-4: var(--revops-tier-4, #706e6b);
  --_tier-5: var(--revops-tier-5, #5c5c5c);
  --_on-tier: var(--revops-color-on-tier, #ffffff);
  --_track: var(--revops-color-track, #e5e5e5);
  --_level-ok: var(--revops-level-ok, #2e844a);
  --_level-warning: var(--revops-level-warning, #a96404);
  --_level-critical: var(--revops-level-critical, #ba0517);
  color-scheme: light;
`;

const dark = `
  --_brand: var(--revops-color-brand-dark, #78b0fd);
  --_brand-strong: var(--revops-color-brand-strong-dark, #aacbff);
  --_on-brand: var(--revops-color-on-brand-dark, #0b0b0b);
  --_text: var(--revops-color-text-dark, #f3f3f3);
  --_text-weak: var(--revops-color-text-weak-dark, #c9c7c5);
  --_surface: var(--revops-color-surface-dark, #1a1b1e);
  --_surface-alt: var(--revops-color-surface-alt-dark, #26282d);
  --_border: var(--revops-color-border-dark, #54575e);
  --_focus: var(--revops-color-focus-dark, #78b0fd);
  --_success: var(--revops-color-success-dark, #45c65a);
  --_warning: var(--revops-color-warning-dark, #fcc003);
  --_error: var(--revops-color-error-dark, #fe8d85);
  --_error-bg: var(--revops-color-error-surface-dark, #3e1b1b);
  --_notice-bg: var(--revops-color-notice-surface-dark, #3a2e10);
  --_tier-1: var(--revops-tier-1-dark, #45c65a);
  --_tier-2: var(--revops-tier-2-dark, #78b0fd);
  --_tier-3: var(--revops-tier-3-dark, #fcc003);
  --_tier-4: var(--revops-tier-4-dark, #c9c7c5);
  --_tier-5: var(--revops-tier-5-dark, #aeaeae);
  --_on-tier: var(--revops-color-on-tier-dark, #0b0b0b);
  --_track: var(--revops-color-track-dark, #3a3d44);
  --_level-ok: var(--revops-level-ok-dark, #45c65a);
  --_level-warning: var(--revops-level-warning-dark, #fcc003);
  --_level-critical: var(--revops-level-critical-dark, #fe8d85);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    ${unsafeCSS(light)}
    --_font: var(--revops-font-family, 'Salesforce Sans', -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif);
    --_font-size: var(--revops-font-size, 0.8125rem);
    --_radius: var(--revops-radius, 0.25rem);
    --_gap: var(--revops-spacing, 0.75rem);
    --_shadow: var(--revops-shadow, 0 2px 2px 0 rgb(0 0 0 / 10%));
  }
  :host([theme='dark']) {
    ${unsafeCSS(dark)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(dark)}
    }
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
