import { css } from 'lit';
import { orgStyles } from '../shared/planner-org.js';

export const csStyles = [
  orgStyles,
  css`
    /* Segments mode: the segment table needs the whole width. */
    .cols:has([part~='segments']) {
      grid-template-columns: minmax(0, 1fr);
    }
    [part~='formula'] {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      background: var(--_surface-alt);
      border-radius: var(--_radius);
      padding: 0.5rem 0.75rem;
      display: grid;
      gap: 0.25rem;
    }
    .area {
      fill: var(--_brand);
      opacity: 0.25;
    }
    .step {
      fill: none;
      stroke: var(--_tier-3);
      stroke-width: 2;
    }
    .axis {
      stroke: var(--_border);
    }
    .tick {
      fill: var(--_text-weak);
      font-size: 11px; /* the smallest chart text (test/browser/narrow.test.ts) */
    }
    .key.c5 {
      background: var(--_tier-3);
    }
  `,
];
