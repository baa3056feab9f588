/** English wording of the codes of reading text (history, lead exports) and of the lead-flow model (see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';

export const EN_TEXT = {
  empty_text: () => 'nothing to read (the text is empty)',
  not_json: (p) => `not valid JSON (${p.why})`,
  history_list: () => 'expected a list of rows, or an object with a "history" list',
  history_converted: () => 'the CSV needs a "converted" column (true/false)',
  leads_list: () => 'expected a list of leads, or an object with a "leads" list',
  csv_column: (p) =>
    `the CSV has no ${p.field} column (expected a header such as ${p.header}${p.alt ? ` or ${p.alt}` : ''})`,
  csv_header_quote: () => 'a quote in the header row is not closed',
  source_revenue: (p) =>
    `have revenues for source ${JSON.stringify(p.source)} whose total is too large for a finite number`,
  roi_small: () => 'is too small for a finite ROI; give a larger cost or 0',
} satisfies Partial<IssueStrings>;
