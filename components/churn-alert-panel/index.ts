import { defineElement } from '../shared/define.js';
import { ChurnAlertPanel } from './churn-alert-panel.js';

export { ChurnAlertPanel, type ChurnSelectDetail } from './churn-alert-panel.js';
export { setRiskWorkerFactory } from '../shared/risk/background.js';

defineElement('churn-alert-panel', ChurnAlertPanel);

declare global {
  interface HTMLElementTagNameMap {
    'churn-alert-panel': ChurnAlertPanel;
  }
}
export type { PlanChangeDetail } from '../shared/plans/panel-plans.js';
