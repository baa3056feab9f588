import { css } from 'lit';

/**
 * The virtual list both the risk panels and the tiering tables render (VirtualList over
 * src/views/virtual-window.ts): the column heads, the scrolling box, the sizer, the absolutely placed
 * rows and their button. Each element sets `--_cols` (its grid columns) and `--_row-h` (a row's height)
 * and adds its own cells, hover and details.
 */
export const listStyles = css`
  :host {
    --_list-height: var(--revops-list-height, 28rem);
  }
  .columns,
  .head {
    display: grid;
    grid-template-columns: var(--_cols);
    gap: 0 0.5rem;
    align-items: center;
    text-align: start;
  }
  .columns {
    padding: 0 0.5rem;
    font-size: 0.75rem;
  }
  .list {
    position: relative;
    max-height: var(--_list-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overscroll-behavior: contain;
  }
  .sizer {
    position: relative;
    min-width: 100%;
  }
  .item {
    position: absolute;
    inset-inline: 0;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .item.open {
    background: var(--_surface-alt);
  }
  .head {
    width: 100%;
    height: var(--_row-h);
    padding: 0 0.5rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: var(--_text);
    font-weight: 400;
    cursor: pointer;
  }
  .head:focus-visible {
    outline-offset: -2px;
  }
  .cell {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
