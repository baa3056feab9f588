import { css } from 'lit';

// Written compactly on purpose: funnel-forecast carries these rules within a 30 KB budget.
/**
 * Layout shared by the planners: parameters beside results on wide hosts,
 * stacked on narrow ones. Edited fields carry a brand bar and a revert
 * button. Print: one column, tables unclipped, inputs printed as their
 * values (no borders, sliders, buttons or scenarios).
 */
export const plannerStyles = css`
  .cols {
    display: grid;
    grid-template-columns: minmax(14rem, 1fr) minmax(0, 2fr);
    gap: var(--_gap);
    align-items: start;
  }
  @container (max-width:44rem) {
    .cols {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .cols > *,
  .field {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .cols > * {
    grid-template-columns: minmax(0, 1fr);
  }
  .field {
    gap: 0;
  }
  small,
  .legend {
    font-size: 0.75rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .msg,
  .bad {
    color: var(--_error);
  }
  .ok {
    color: var(--_success);
  }
  /* Rates from history (funnel-forecast): the mark under a rate, the warning below the record threshold. */
  .hist {
    display: block;
    font-size: 0.75rem;
  }
  .warn {
    color: var(--_warning);
  }
  figure {
    margin: 0;
  }
  svg {
    max-width: 100%;
    height: auto;
  }
  .c1 {
    fill: var(--_success);
    background: var(--_success);
  }
  .c2 {
    fill: var(--_brand);
    background: var(--_brand);
  }
  .c3 {
    fill: var(--_error);
    background: var(--_error);
  }
  .c4 {
    fill: var(--_tier-4);
    background: var(--_tier-4);
  }
  .key {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    margin-right: 0.25rem;
  }
  .tk {
    width: 2px;
    background: currentColor;
  }
  .link {
    fill: var(--_track);
  }
  .target {
    stroke: currentColor;
    stroke-width: 2;
  }
  td input {
    width: 5rem;
  }
  td button {
    padding: 0 0.5rem;
  }
  .ed > input:not(.slider) {
    box-shadow: inset 3px 0 var(--_brand);
  }
  .rv {
    min-height: 0;
    padding: 0 0.375rem;
    justify-self: start;
    font-weight: 400;
  }
  ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  /* Results kept from the last valid input while a field is being corrected: marked (not dimmed: text keeps its contrast). */
  .stale-note {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border-inline-start: 3px solid var(--_warning);
    font-size: 0.875rem;
  }
  @media print {
    .no-print,
    .slider,
    .rv {
      display: none;
    }
    .cols {
      grid-template-columns: minmax(0, 1fr);
    }
    .table-wrap {
      overflow: visible;
    }
    input,
    select {
      border: 0;
      box-shadow: none !important;
      background: none;
      padding: 0;
      min-height: 0;
      appearance: none;
      field-sizing: content;
    }
  }
`;
