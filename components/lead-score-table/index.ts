import { defineElement } from '../shared/define.js';
import { LeadScoreTable } from './lead-score-table.js';

export { LeadScoreTable } from './lead-score-table.js';
export type { TieringTableDetail, TieringTableSelectDetail } from '../shared/tiering-table.js';

defineElement('lead-score-table', LeadScoreTable);

declare global {
  interface HTMLElementTagNameMap {
    'lead-score-table': LeadScoreTable;
  }
}
