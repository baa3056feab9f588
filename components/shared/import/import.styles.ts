import { css } from 'lit';

/**
 * The import view inside an element's shadow root. It never widens its host:
 * tables scroll in their own box, and in a narrow column (a CRM side panel)
 * the mapping table stacks one field under the other.
 */
export const importStyles = css`
  /*
   * A <details> lays its content out in its own (user-agent) shadow slot, which does not take the
   * host's box-sizing: without this its children inherit content-box, and a 100 % wide textarea
   * (the paste box, the mapping JSON) overflows a 400 px column by its padding and border.
   */
  details > * {
    box-sizing: border-box;
  }
  .imp,
  .imp-source,
  .imp details,
  .imp .body,
  .imp fieldset {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .imp details {
    display: block;
  }
  .imp .body > * {
    min-width: 0;
  }
  .imp .drop {
    display: grid;
    gap: 0.25rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
    min-width: 0;
  }
  .imp .drop.over {
    border-color: var(--_brand);
    background: var(--_surface-alt);
  }
  .imp .drop label {
    font-weight: 600;
  }
  .imp input[type='file'] {
    max-width: 100%;
    border: none;
    padding: 0;
  }
  .imp textarea {
    width: 100%;
    resize: vertical;
  }
  .imp .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .imp .status:empty {
    display: none;
  }
  .imp .status progress {
    flex: 1 1 8rem;
    min-width: 0;
  }
  .imp .using {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .imp .refused {
    border: 1px solid var(--_error);
    background: var(--_error-bg);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    overflow-wrap: anywhere;
  }
  .imp .refused ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .imp .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .imp select {
    max-width: 100%;
  }
  .imp .scroll {
    overflow: auto;
    max-width: 100%;
    max-height: 28rem;
  }
  .imp table.map select,
  .imp table.values select {
    width: 100%;
    max-width: 16rem;
  }
  .imp .constant {
    display: block;
    width: 100%;
    max-width: 16rem;
    margin-top: 0.25rem;
  }
  .imp .req {
    color: var(--_error);
    font-size: 0.6875rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .imp .sample {
    color: var(--_text-weak);
    max-width: 10rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .imp tr.unknown th {
    color: var(--_error);
  }
  .imp .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .imp .counts div {
    display: flex;
    gap: 0.25rem;
  }
  .imp .counts dt {
    color: var(--_text-weak);
  }
  .imp .counts dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .imp .group-title {
    font-weight: 700;
  }
  .imp .groups ul,
  .imp .notes {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .imp .groups li.error .what {
    color: var(--_error);
    font-weight: 600;
  }
  .imp .groups .lines,
  .imp .groups .vals {
    display: block;
    font-size: 0.75rem;
    overflow-wrap: anywhere;
  }
  .imp .map-it {
    margin-top: 0.25rem;
  }
  .imp .preview td {
    white-space: nowrap;
  }
  .imp .mapping-file {
    display: grid;
    gap: 0.375rem;
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  /* A narrow column: each field of the mapping on its own lines. */
  @container (max-width: 32rem) {
    .imp table.map thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .imp table.map,
    .imp table.map tbody,
    .imp table.map tr,
    .imp table.map th,
    .imp table.map td {
      display: block;
    }
    .imp table.map tr {
      padding: 0.25rem 0;
      border-bottom: 1px solid var(--_border);
    }
    .imp table.map th,
    .imp table.map td {
      border: none;
      padding: 0.125rem 0;
    }
    .imp table.map select,
    .imp .constant {
      max-width: 100%;
    }
    .imp .sample {
      max-width: 100%;
    }
  }
`;
