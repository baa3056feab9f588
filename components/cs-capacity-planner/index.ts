import { defineElement } from '../shared/define.js';
import { CsCapacityPlanner } from './cs-capacity-planner.js';

export { CsCapacityPlanner } from './cs-capacity-planner.js';

defineElement('cs-capacity-planner', CsCapacityPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'cs-capacity-planner': CsCapacityPlanner;
  }
}
