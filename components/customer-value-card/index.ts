import { defineElement } from '../shared/define.js';
import { CustomerValueCard } from './customer-value-card.js';

export { CustomerValueCard, type CustomerValueDetail } from './customer-value-card.js';

defineElement('customer-value-card', CustomerValueCard);

declare global {
  interface HTMLElementTagNameMap {
    'customer-value-card': CustomerValueCard;
  }
}
