import { css } from 'lit';

/** Layout of the tiering tables: the tier counts, the toolbar, the list's columns and a row's contributions (the list itself: list.styles.ts). */
export const tieringTableStyles = css`
  :host {
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
