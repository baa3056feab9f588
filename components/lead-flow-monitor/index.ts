import { defineElement } from '../shared/define.js';
import { LeadFlowMonitor } from './lead-flow-monitor.js';

export {
  LeadFlowMonitor,
  type LeadFlowSaved,
  type LeadFlowRuleEdits,
  type LeadFlowRulesDetail,
} from './lead-flow-monitor.js';

defineElement('lead-flow-monitor', LeadFlowMonitor);

declare global {
  interface HTMLElementTagNameMap {
    'lead-flow-monitor': LeadFlowMonitor;
  }
}
