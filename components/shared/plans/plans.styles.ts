import { css } from 'lit';

/** The owner tables, the rules editor's pickers and the plans of the risk panels (issue 14). */
export const planStyles = css`
  /* The one-record card in a side column: a record without a plan shows its heading and button on one line, no hint. */
  .compact .record-plan:not([data-status]) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .compact .record-plan:not([data-status]) > h3 {
    margin: 0;
  }
  .compact .record-plan:not([data-status]) > p.weak {
    display: none;
  }
  .owner-button {
    min-height: 1.75rem;
    padding: 0 0.5rem;
    font-weight: 600;
    text-align: start;
  }
  .owner-button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  table.owners caption .weak {
    font-weight: 400;
  }
  .picked {
    display: grid;
    gap: 0.25rem;
  }
  .picked ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    overflow: visible;
  }
  .picked .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 0.25rem 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.75rem;
    font-size: 0.75rem;
  }
  .picked .counts li {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .picked .counts input {
    width: 4rem;
  }
  .picked .remove {
    min-width: 1.5rem;
    min-height: 1.5rem;
    padding: 0 0.25rem;
    line-height: 1;
  }
  .badge.overdue {
    display: inline-block;
    margin-inline-start: 0.375rem;
    padding: 0 0.5rem;
    border-radius: 0.75rem;
    background: var(--_level-critical);
    color: var(--_on-brand);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .record-plan {
    display: grid;
    gap: 0.375rem;
  }
  .record-plan.is-overdue {
    border-inline-start: 4px solid var(--_level-critical);
    padding-inline-start: 0.5rem;
  }
  .plan-fields {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .plan-steps li,
  .playbook-steps li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    margin-bottom: 0.25rem;
  }
  .plan-steps .step-text {
    flex: 1 1 12rem;
  }
  .plan-steps li[data-status='done'] .step-text,
  .plan-steps li[data-status='skipped'] .step-text {
    color: var(--_text-weak);
    text-decoration: line-through;
  }
  .playbook-steps input[type='text'] {
    flex: 1 1 12rem;
  }
  tr.is-overdue th {
    border-inline-start: 4px solid var(--_level-critical);
  }
`;
