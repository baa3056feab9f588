/** Issue makers for the elements' own input checks (their sentences: src/i18n/issues/en-elements.ts). */
import { colonIssuesOf, issuesOf } from './issues.js';
import { EN_ELEMENTS } from '../i18n/issues/en-elements.js';
import { EN_TEXT } from '../i18n/issues/en-text.js';

/** `data expected an object: …` */
export const elementIssue = issuesOf(EN_ELEMENTS);

/** `models: the models attribute is not valid JSON (…)` */
export const attributeIssue = colonIssuesOf(EN_ELEMENTS);

/** `model: not valid JSON (…)` (a file the user chose). */
export const textIssue = colonIssuesOf(EN_TEXT);
