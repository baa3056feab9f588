import { css } from 'lit';

export const targetStyles = css`
  .line {
    fill: none;
    stroke-width: 2;
  }
  .line.c2 {
    stroke: var(--_brand);
  }
  .line.c4 {
    stroke: var(--_tier-4);
    stroke-dasharray: 4 3;
  }
  .axis {
    stroke: var(--_border);
  }
  .tick {
    fill: var(--_text-weak);
    font-size: 11px; /* the smallest chart text (test/browser/narrow.test.ts) */
  }
  .key.dash {
    height: 2px;
    background: var(--_tier-4);
  }
  .key.solid {
    height: 2px;
    background: var(--_brand);
  }
  [part~='plan'] td .field input:not(.slider) {
    width: 4.5rem;
  }
`;
