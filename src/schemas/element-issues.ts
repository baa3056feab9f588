/** Issue makers for the elements' own input checks (their sentences: src/i18n/issues/en-elements.ts). */
import { colonIssuesOf, issuesOf } from './issues.js';
import { EN_ELEMENTS } from '../i18n/issues/en-elements.js';

/** `data expected an object: …` */
export const elementIssue = issuesOf(EN_ELEMENTS);

/** `models: the models attribute is not valid JSON (…)` */
export const attributeIssue = colonIssuesOf(EN_ELEMENTS);
