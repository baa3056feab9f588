import { defineElement } from '../shared/define.js';
import { LeadScoreCard } from './lead-score-card.js';

export { LeadScoreCard, type LeadScoreDetail } from './lead-score-card.js';

defineElement('lead-score-card', LeadScoreCard);

declare global {
  interface HTMLElementTagNameMap {
    'lead-score-card': LeadScoreCard;
  }
}
