import { css } from 'lit';

export const leadFlowStyles = css`
  :host {
    --_heat: var(--revops-lead-flow-heat, var(--_brand));
    --_flow-no-follow-up: var(--revops-lead-flow-no-follow-up, var(--_warning));
    --_flow-not-converted: var(--revops-lead-flow-not-converted, var(--_tier-2));
    --_flow-unclaimed: var(--revops-lead-flow-unclaimed, var(--_tier-4));
    --_pool-bar: var(--revops-lead-flow-pool, var(--_brand));
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .period legend {
    font-weight: 700;
  }
  .seg {
    display: inline-flex;
    flex-wrap: wrap;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .seg label {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem 0.625rem;
    min-height: 2rem;
    border-inline-start: 1px solid var(--_border);
  }
  .seg label:first-child {
    border-inline-start: none;
  }
  .seg label:has(input:checked) {
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 600;
  }
  .seg label:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .seg input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
    margin: 0;
  }
  .pools {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
    gap: 0.5rem;
  }
  .pools li {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_pool-bar);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
    display: grid;
    gap: 0.125rem;
  }
  .pools li[data-pool='blacklist'] {
    border-inline-start-color: var(--_tier-5);
    background: var(--_surface-alt);
  }
  .pools .n {
    font-size: 1.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .pools .name {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .totals .warn {
    font-weight: 700;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_text);
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_brand);
    color: var(--_brand);
  }
  [role='tabpanel'] {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  [role='tabpanel']:focus-visible {
    outline-offset: 4px;
  }
  .chart {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .chart svg {
    width: 100%;
    max-width: 48rem;
    height: auto;
    display: block;
  }
  .chart figcaption {
    font-weight: 700;
  }
  rect.node {
    fill: var(--_pool-bar);
  }
  rect.node.detached {
    fill: var(--_surface-alt);
    stroke: var(--_tier-5);
    stroke-dasharray: 3 2;
  }
  path.flow {
    fill: none;
    stroke-opacity: 0.55;
  }
  .flow.no-follow-up,
  .key.no-follow-up {
    stroke: var(--_flow-no-follow-up);
    background: var(--_flow-no-follow-up);
  }
  .flow.not-converted-in-time,
  .key.not-converted-in-time {
    stroke: var(--_flow-not-converted);
    background: var(--_flow-not-converted);
  }
  .flow.unclaimed,
  .key.unclaimed {
    stroke: var(--_flow-unclaimed);
    background: var(--_flow-unclaimed);
  }
  /* Transfers that happened (owner history): rep → rep in the brand colour, claims and releases in the flow colours. */
  .flow.rep-to-rep,
  .key.rep-to-rep {
    stroke: var(--_brand);
    background: var(--_brand);
  }
  .flow.pool-to-rep,
  .key.pool-to-rep {
    stroke: var(--_flow-unclaimed);
    background: var(--_flow-unclaimed);
  }
  .flow.rep-to-pool,
  .key.rep-to-pool {
    stroke: var(--_flow-no-follow-up);
    background: var(--_flow-no-follow-up);
  }
  .flow.pool-to-pool,
  .key.pool-to-pool {
    stroke: var(--_tier-5);
    background: var(--_tier-5);
  }
  .transfer-flow {
    margin-top: 0.75rem;
  }
  svg text.strong {
    font-weight: 700;
  }
  svg text.small {
    font-size: 11px; /* the smallest chart text (test/browser/narrow.test.ts) */
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.75rem;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .key {
    display: inline-block;
    width: 0.875rem;
    height: 0.5rem;
    border-radius: 2px;
  }
  rect.roi-pos {
    fill: var(--_success);
  }
  rect.roi-neg {
    fill: var(--_error);
  }
  line.zero {
    stroke: var(--_text-weak);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.125rem;
  }
  .field > span {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  td.heat {
    background: color-mix(in srgb, var(--_heat) calc(var(--h, 0) * 40%), transparent);
  }
  td.heat.neg {
    --_heat: var(--_error);
  }
  td.heat.pos {
    --_heat: var(--_success);
  }
  tr.source-row th,
  tr.source-row td {
    font-weight: 700;
    border-top: 1px solid var(--_border);
  }
  tr.line-row th {
    padding-inline-start: 1.25rem;
    font-weight: 400;
    color: var(--_text);
  }
  tr.alert th,
  tr.alert td {
    background-color: var(--_notice-bg);
  }
  tr.alert td.heat {
    background: color-mix(in srgb, var(--_heat) calc(var(--h, 0) * 40%), var(--_notice-bg));
  }
  .flag {
    font-weight: 700;
    margin-inline-start: 0.25rem;
  }
  th button.sort {
    border: none;
    background: none;
    padding: 0;
    min-height: auto;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: inherit;
  }
  th[aria-sort] button.sort::after {
    content: ' ▾';
  }
  th[aria-sort='ascending'] button.sort::after {
    content: ' ▴';
  }
  .alerts {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .alerts li::marker {
    content: '⚠ ';
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  .reasons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .campaign {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    max-height: 9rem;
    overflow-y: auto;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  /* The campaign values as chips: one tab stop per facet, arrows move (roving tab index). */
  .chips {
    gap: 0.375rem;
    padding: 0.125rem;
  }
  .chips .check {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.125rem 0.625rem 0.125rem 0.375rem;
  }
  .chips .check:has(input:checked) {
    border-color: var(--_brand);
    background: var(--_surface-alt);
  }
  .exports {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* The column flow chart is drawn only in a compact column (below). */
  svg.flow-column {
    display: none;
  }
  .rules-grid {
    max-width: 44rem;
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) minmax(5rem, 7rem) auto;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .rules-grid input {
    width: 100%;
  }
  table.costs {
    max-width: 30rem;
  }
  table.costs input {
    width: 100%;
    max-width: 12rem;
  }
  .dot {
    color: var(--_brand);
    font-weight: 700;
  }
  textarea {
    width: 100%;
    resize: vertical;
    font-family: ui-monospace, monospace;
    font-size: 0.75rem;
  }
  progress {
    width: 100%;
    max-width: 20rem;
  }
  .status:empty {
    display: none;
  }
  [part~='skipped'] summary {
    color: var(--_warning);
  }
  [part~='skipped'] .controls {
    margin: 0.25rem 0;
  }
  .note {
    margin: 0.25rem 0;
    padding: 0.25rem 0.5rem;
    border-inline-start: 3px solid var(--_border);
    font-size: 0.875rem;
  }
  td.reason {
    min-width: 12rem;
  }
  tr.total-row th,
  tr.total-row td {
    font-weight: 700;
    border-top: 2px solid var(--_border);
  }
  td.num.neg {
    color: var(--_error);
  }
  .month-add {
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .month-add input {
    max-width: 10rem;
  }
  .table-wrap[tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
  }
  /*
   * Compact mode, a CRM side column of 420 px or less: the flow chart top to bottom, tables
   * scroll inside their own box (.table-wrap), controls wrap; nothing is wider than the column.
   */
  @container (max-width: 420px) {
    .chart svg.flow-wide {
      display: none;
    }
    .chart svg.flow-column {
      display: block;
    }
    .controls,
    .month-add {
      flex-direction: column;
      align-items: stretch;
    }
    .month-add input,
    .month-add select {
      max-width: none;
    }
    .campaign {
      grid-template-columns: 1fr;
    }
  }
  @container (max-width: 480px) {
    .rules-grid {
      grid-template-columns: 1fr 6rem;
    }
    .rules-grid .unit {
      display: none;
    }
  }
`;
