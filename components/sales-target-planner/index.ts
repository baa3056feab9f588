import { defineElement } from '../shared/define.js';
import { SalesTargetPlanner } from './sales-target-planner.js';

export { SalesTargetPlanner } from './sales-target-planner.js';

defineElement('sales-target-planner', SalesTargetPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'sales-target-planner': SalesTargetPlanner;
  }
}
