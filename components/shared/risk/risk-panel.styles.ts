import { css } from 'lit';

/** Shared layout of the risk panels: header counts, toolbar, rows, details, charts, rules (the virtual list: ../list.styles.ts). */
export const riskPanelStyles = css`
  :host {
    --_row-h: var(--revops-row-height, 2.75rem);
    --_cols: minmax(8rem, 2.2fr) minmax(5rem, 1fr) minmax(5rem, 1fr) minmax(5.5rem, 1fr) 5.5rem minmax(7rem, 1.6fr);
  }
  .badge.lvl-ok {
    background: var(--_level-ok);
  }
  .badge.lvl-warning {
    background: var(--_level-warning);
  }
  .badge.lvl-critical {
    background: var(--_level-critical);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .counts strong {
    font-size: 1.125rem;
  }
  .summary {
    display: grid;
    gap: 0.375rem;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
  }
  .figures div {
    display: grid;
  }
  .figures dt {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .figures dd {
    margin: 0;
    font-weight: 700;
    font-size: 1rem;
    font-variant-numeric: tabular-nums;
  }
  .invalid ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .invalid summary {
    color: var(--_error);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.125rem;
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .field select,
  .field input {
    font-size: var(--_font-size);
    color: var(--_text);
    max-width: 12rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 2rem;
  }
  .count {
    font-size: 0.75rem;
  }
  /* The list itself is list.styles.ts; what the panels' rows add: weak column heads, a clipped head, hover. */
  .columns {
    font-weight: 600;
    color: var(--_text-weak);
  }
  .head {
    text-align: start;
    overflow: hidden;
  }
  .head:hover {
    background: var(--_surface-alt);
  }
  .name {
    font-weight: 600;
  }
  .key {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_brand-strong);
    border-radius: 0.75rem;
    color: var(--_brand-strong);
    font-size: 0.6875rem;
    font-weight: 700;
    vertical-align: middle;
  }
  .chips {
    display: flex;
    gap: 0.25rem;
    overflow: hidden;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: 0.75rem;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .chip.lvl-warning {
    border-inline-start-color: var(--_level-warning);
  }
  .chip.lvl-critical {
    border-inline-start-color: var(--_level-critical);
  }
  .detail {
    display: grid;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  .detail h3 {
    font-size: 0.8125rem;
  }
  .detail ul,
  .detail ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .signal-list li {
    margin-bottom: 0.25rem;
  }
  .metrics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
  }
  .metrics div {
    display: grid;
  }
  .metrics dt {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .metrics dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .plan {
    list-style: none;
    padding-inline-start: 0 !important;
  }
  .plan label {
    display: inline-flex;
    gap: 0.375rem;
    align-items: baseline;
  }
  .plan input {
    flex: none;
  }
  /* One record: a compact card for a CRM side column. */
  .compact {
    gap: 0.5rem;
  }
  .compact header h2 {
    font-size: 0.875rem;
  }
  .compact [part~='as-of'] {
    font-size: 0.75rem;
  }
  .card {
    display: grid;
    gap: 0.375rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  .card[data-level='warning'] {
    border-inline-start-color: var(--_level-warning);
  }
  .card[data-level='critical'] {
    border-inline-start-color: var(--_level-critical);
  }
  .card-head {
    width: 100%;
    padding: 0.25rem;
    border: 0;
    background: transparent;
    color: var(--_text);
    font-weight: 400;
    text-align: start;
    cursor: pointer;
  }
  .card-head:hover {
    background: var(--_surface-alt);
  }
  .card .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .card .card-head .cell {
    overflow: visible;
    white-space: normal;
  }
  .card .card-head .name {
    flex: 1 1 100%;
  }
  .card .card-head .secondary,
  .card .card-head .num {
    color: var(--_text-weak);
    font-size: 0.8125rem;
  }
  .card .detail {
    padding: 0;
    gap: 0.5rem;
    font-size: 0.8125rem;
  }
  .card .detail h3 {
    font-size: 0.75rem;
    margin: 0;
  }
  .card .metrics {
    gap: 0 0.75rem;
  }
  .card .signal-list {
    list-style: none;
    padding-inline-start: 0;
  }
  .card .signal-list li {
    margin-bottom: 0.375rem;
  }
  .card .plan-section .weak {
    font-size: 0.75rem;
  }
  .plan.with-signals li {
    margin-bottom: 0.375rem;
  }
  .plan.with-signals .step {
    display: block;
    font-weight: 600;
  }
  .more > summary {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .rules.small > summary {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .sorting {
    font-style: italic;
  }
  .figures .bad {
    color: var(--_error);
  }
  .progress {
    display: grid;
    gap: 0.25rem;
  }
  .progress progress {
    width: 100%;
    accent-color: var(--_brand);
  }
  .chart {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .chart svg {
    width: 100%;
    max-width: 40rem;
    height: auto;
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    font-size: 0.75rem;
  }
  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 2px;
    vertical-align: middle;
    margin-inline-end: 0.25rem;
  }
  .rules .grid {
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) minmax(5rem, 8rem);
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .rules table input {
    width: 100%;
    min-width: 4rem;
  }
  .rules textarea {
    width: 100%;
    resize: vertical;
  }
  .import {
    display: grid;
    gap: 0.25rem;
  }
  .field-error {
    color: var(--_error);
    font-size: 0.75rem;
  }
  @container (max-width: 600px) {
    /* A container query styles descendants of the host, not the host itself. */
    [part~='base'] {
      --_row-h: var(--revops-row-height-narrow, 3.75rem);
      --_cols: minmax(0, 1fr) max-content;
    }
    .columns {
      display: none;
    }
    .head {
      grid-template-rows: auto auto;
      align-content: center;
    }
    .head .secondary {
      display: none;
    }
  }
`;
