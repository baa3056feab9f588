/** English wording of the codes of an import mapping read from JSON (src/import/mapping.ts; see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';

export const EN_IMPORT = {
  mapping_object: () => 'a mapping must be an object: { "fields": { "id": "Lead ID", … } }',
  mapping_field: () => 'expected a column header, { "constant": value } or null',
  mapping_values: () => 'expected an object of value tables',
  mapping_table: () => 'expected an object { "CRM value": "key" }',
  mapping_pool: () => 'expected one of private, line, company, blacklist',
  mapping_key: () => 'expected a key (text)',
  mapping_converted: () => 'expected { "CRM value": true|false }',
  mapping_boolean: () => 'expected true or false',
  mapping_date_order: () => 'expected auto, mdy, dmy or ymd',
} satisfies Partial<IssueStrings>;
