import { defineElement } from '../shared/define.js';
import { FunnelForecast } from './funnel-forecast.js';

export { FunnelForecast } from './funnel-forecast.js';

defineElement('funnel-forecast', FunnelForecast);

declare global {
  interface HTMLElementTagNameMap {
    'funnel-forecast': FunnelForecast;
  }
}
