/** Strings of the shared import view (components/shared/import) and of the elements' import sections. */
import { localized } from './registry.js';
import { IMPORT as IMPORT_EN } from './import/en.js';

export type * from './import/en.js';

export const IMPORT = localized(IMPORT_EN, {
  'zh-CN': () => import('./import/zh-CN.js').then((m) => m.IMPORT),
});
