import { defineElement } from '../shared/define.js';
import { SalesOrgDesigner } from './sales-org-designer.js';

export { SalesOrgDesigner } from './sales-org-designer.js';

defineElement('sales-org-designer', SalesOrgDesigner);

declare global {
  interface HTMLElementTagNameMap {
    'sales-org-designer': SalesOrgDesigner;
  }
}
