import { defineElement } from '../shared/define.js';
import { OpportunityAlertPanel } from './opportunity-alert-panel.js';

export { OpportunityAlertPanel, parseActivities, type OpportunitySelectDetail } from './opportunity-alert-panel.js';
export { setRiskWorkerFactory } from '../shared/risk/background.js';

defineElement('opportunity-alert-panel', OpportunityAlertPanel);

declare global {
  interface HTMLElementTagNameMap {
    'opportunity-alert-panel': OpportunityAlertPanel;
  }
}
export type { PlanChangeDetail } from '../shared/plans/panel-plans.js';
