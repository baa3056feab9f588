import { css } from 'lit';

export const opportunityPanelStyles = css`
  rect.median {
    fill: var(--_brand);
  }
  line.whisker {
    stroke: var(--_text-weak);
    stroke-width: 2;
  }
  line.standard {
    stroke: var(--_level-critical);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  line.grid {
    stroke: var(--_track);
  }
  text.small {
    font-size: 11px; /* the smallest chart text (test/browser/narrow.test.ts) */
  }
  .swatch.median {
    background: var(--_brand);
  }
  .swatch.whisker {
    background: var(--_text-weak);
    height: 2px;
  }
  .swatch.standard {
    background: var(--_level-critical);
    width: 2px;
  }
  .stages td {
    min-width: 5rem;
  }
  .team .body {
    display: grid;
    gap: 0.5rem;
  }
  @container (max-width: 600px) {
    .head .amount {
      grid-column: 2;
      grid-row: 1;
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
