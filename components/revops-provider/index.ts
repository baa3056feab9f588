import { defineElement } from '../shared/define.js';
import { RevopsProvider } from './revops-provider.js';

export { RevopsProvider } from './revops-provider.js';

defineElement('revops-provider', RevopsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'revops-provider': RevopsProvider;
  }
}
