import { css } from 'lit';
import { orgStyles } from '../shared/planner-org.js';

export const salesOrgStyles = [
  orgStyles,
  css`
    :host {
      --_verdict-size: var(--revops-verdict-font-size, 2.5rem);
    }
    [part~='verdict'] {
      display: flex;
      align-items: baseline;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    [part~='verdict'] strong {
      font-size: var(--_verdict-size);
      line-height: 1.1;
    }
    .axis {
      stroke: var(--_border);
    }
    .axis.zero {
      stroke: var(--_text);
    }
    .tick {
      fill: var(--_text-weak);
      font-size: 11px; /* the smallest chart text (test/browser/narrow.test.ts) */
    }
  `,
];
