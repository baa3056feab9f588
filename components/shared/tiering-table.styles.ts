import { css } from 'lit';

/** Layout of the tiering tables: the tier counts, the toolbar, the virtual list and a row's contributions. */
export const tieringTableStyles = css`
  :host {
    --_list-height: var(--revops-list-height, 28rem);
    --_row-h: 2.5rem;
    --_cols: minmax(6rem, 2fr) 4rem 6rem minmax(5rem, 1.5fr);
  }
  /* A details' content inherits from the details' own slot, not from the element: border-box there too (the
     import view's textarea and selects at 100 % would otherwise overflow a 400 px column by their padding). */
  details > * {
    box-sizing: border-box;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    list-style: none;
    margin: 0;
    padding: 0;
    font-variant-numeric: tabular-nums;
  }
  .counts li {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .share.ok {
    color: var(--_success);
  }
  .share.off {
    color: var(--_warning);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .toolbar label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.75rem;
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
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .detail {
    padding: 0.25rem 0.5rem 0.5rem;
  }
  .detail table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.8125rem;
  }
  .detail th,
  .detail td {
    padding: 0.125rem 0.25rem;
    text-align: start;
  }
  @container (max-width: 30rem) {
    :host {
      --_cols: minmax(5rem, 1fr) 3.5rem 5rem;
    }
    .route-cell {
      display: none;
    }
  }
`;
