import { css } from 'lit';

/** A tier badge's colour by the tier's position (tier-1 the highest): classes, not style attributes, which a strict CSP (style-src 'self') blocks. */
export const tierBadgeStyles = css`
  .badge.tier-1 {
    background: var(--_tier-1);
  }
  .badge.tier-2 {
    background: var(--_tier-2);
  }
  .badge.tier-3 {
    background: var(--_tier-3);
  }
  .badge.tier-4 {
    background: var(--_tier-4);
  }
  .badge.tier-5 {
    background: var(--_tier-5);
  }
`;

export const tieringStyles = css`
  :host {
    --_score-size: var(--revops-score-font-size, 2.25rem);
  }
  .summary {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 1rem;
    align-items: end;
  }
  .summary > p {
    grid-column: 1 / -1;
  }
  .score-block,
  .tier-block {
    display: grid;
    gap: 0.125rem;
    justify-items: start;
  }
  .label {
    font-size: 0.75rem;
  }
  .score {
    font-size: var(--_score-size);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .out-of {
    font-size: 0.75rem;
  }
  .badge[part~='tier'] {
    font-size: 0.9375rem;
  }
  .badge.passed {
    background: var(--_success);
  }
  .badge.failed {
    background: var(--_error);
  }
  .strategy.focus {
    font-weight: 600;
  }
  .classes {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .classes dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .missing {
    color: var(--_warning);
  }
  tr.edited th,
  tr.edited td {
    background: var(--_surface-alt);
  }
  .dot {
    color: var(--_brand);
    margin-inline-start: 0.25rem;
  }
  .multi {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    border: none;
    padding: 0;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .band-input {
    display: grid;
    gap: 0.125rem;
  }

  .hint {
    font-size: 0.75rem;
  }
  .factor-table {
    table-layout: fixed;
  }
  .factor-table .c-factor {
    width: 30%;
  }
  .factor-table .c-value {
    width: 40%;
  }
  .factor-table .c-num {
    width: 10%;
  }
  .factor-table th[scope='row'] {
    overflow-wrap: anywhere;
  }
  .factor-table select,
  .factor-table input[type='number'] {
    width: 100%;
    max-width: 100%;
  }
  @container (max-width: 480px) {
    .factor-table .c-weight {
      display: none;
    }
    .factor-table .c-factor {
      width: 32%;
    }
    .factor-table .c-value {
      width: 44%;
    }
    .factor-table .c-num {
      width: 12%;
    }
  }
  .chart {
    margin: 0;
  }
  .chart svg {
    width: 100%;
    max-width: 30rem;
    height: auto;
    display: block;
  }
  .chart figcaption {
    font-weight: 700;
    padding-bottom: 0.25rem;
  }
  rect.track {
    fill: var(--_track);
  }
  rect.bar {
    fill: var(--_brand);
  }
  rect.share {
    fill: var(--_tier-4);
  }
  text.small {
    font-size: 11px; /* the smallest chart text (test/browser/narrow.test.ts) */
  }
  .legend {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400 !important;
    font-size: 0.75rem;
  }
  .legend .key {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 2px;
  }
  .legend .key.share {
    background: var(--_tier-4);
  }
  .legend .key.bar {
    background: var(--_brand);
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) minmax(4rem, 7rem);
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .grid.tiers {
    grid-template-columns: minmax(6rem, 1fr) minmax(4rem, 6rem) auto;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  .import {
    display: grid;
    gap: 0.25rem;
  }
  .file input[type='file'] {
    max-width: 14rem;
  }
  .checks {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .checks .ok::marker {
    content: '✓ ';
    color: var(--_success);
  }
  .checks .bad::marker {
    content: '✗ ';
    color: var(--_error);
  }
  tr.changed td:last-child {
    font-weight: 700;
  }
  .status:empty {
    display: none;
  }
  .validation,
  .calibration {
    display: grid;
    gap: 0.5rem;
  }
  @container (max-width: 360px) {
    .score {
      font-size: calc(var(--_score-size) * 0.85);
    }
    th,
    td {
      padding: 0.25rem 0.25rem;
    }
  }
`;
