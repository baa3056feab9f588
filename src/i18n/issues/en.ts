/**
 * The English issue table: every code's sentence after the field name. The
 * models build their English `message` from the parts (en-*.ts); this joins
 * them, so a missing or extra code is a type error.
 */
import type { IssueStrings } from '../../schemas/issue-codes.js';
import { EN_BASE } from './en-base.js';
import { EN_FUNNEL } from './en-funnel.js';
import { EN_TIERING } from './en-tiering.js';
import { EN_RISK } from './en-risk.js';
import { EN_PLANNING } from './en-planning.js';
import { EN_TEXT } from './en-text.js';
import { EN_IMPORT } from './en-import.js';
import { EN_SQL } from './en-sql.js';
import { EN_ELEMENTS } from './en-elements.js';

export const ISSUES: IssueStrings = {
  ...EN_BASE,
  ...EN_FUNNEL,
  ...EN_TIERING,
  ...EN_RISK,
  ...EN_PLANNING,
  ...EN_TEXT,
  ...EN_IMPORT,
  ...EN_ELEMENTS,
  ...EN_SQL,
};
