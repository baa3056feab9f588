import { defineElement } from '../shared/define.js';
import { CustomerValueTable } from './customer-value-table.js';

export { CustomerValueTable } from './customer-value-table.js';
export type { TieringTableDetail, TieringTableSelectDetail } from '../shared/tiering-table.js';

defineElement('customer-value-table', CustomerValueTable);

declare global {
  interface HTMLElementTagNameMap {
    'customer-value-table': CustomerValueTable;
  }
}
