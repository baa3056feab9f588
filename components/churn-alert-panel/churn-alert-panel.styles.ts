import { css } from 'lit';

export const churnPanelStyles = css`
  :host {
    --_cols: minmax(8rem, 2.2fr) minmax(5.5rem, 1fr) minmax(4.5rem, 0.8fr) 5.5rem minmax(8rem, 2fr);
  }
  .renewal.soon {
    color: var(--_level-critical);
    font-weight: 600;
  }
  .card .card-head .renewal.soon {
    color: var(--_level-critical);
  }
  .renewal.past {
    color: var(--_text-weak);
  }
  .soon-icon {
    vertical-align: -1px;
    margin-inline-end: 0.25rem;
  }
  .spark-figures summary {
    font-size: 0.75rem;
    color: var(--_text-weak);
  }
  .spark-figures table {
    font-size: 0.75rem;
  }
  .chain th,
  .chain td {
    vertical-align: top;
  }
  .chain td:last-child {
    font-weight: 600;
  }
  .playbook > li {
    margin-bottom: 0.25rem;
  }
  path.spark {
    fill: none;
    stroke: var(--_brand);
    stroke-width: 2;
  }
  circle.spark {
    fill: var(--_brand);
  }
  .spark svg {
    width: auto;
  }
  /* Fixed pixel text: the chart keeps its size whatever the column's width. */
  .spark .axis text {
    font-size: 11px;
    fill: var(--_text-weak);
  }
  .spark .axis line {
    stroke: var(--_border);
  }
  .grid-view .body {
    display: grid;
    gap: 0.5rem;
  }
  g.cell rect {
    fill: var(--_brand);
    stroke: var(--_border);
  }
  g.cell.lvl-critical rect {
    fill: var(--_level-critical);
  }
  g.cell.lvl-warning rect {
    fill: var(--_level-warning);
  }
  g.cell.lvl-ok rect {
    fill: var(--_level-ok);
  }
  g.cell.first rect {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .cell-button {
    min-height: 1.75rem;
    padding: 0 0.5rem;
    font-weight: 600;
  }
  .cell-button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .first-note {
    font-size: 0.75rem;
  }
  @container (max-width: 600px) {
    .head .arr {
      grid-column: 2;
      grid-row: 1;
    }
    .head .renewal {
      display: none;
    }
    .head .level {
      grid-column: 2;
      grid-row: 2;
    }
    .head .chips {
      grid-column: 1;
      grid-row: 2;
    }
  }
`;
