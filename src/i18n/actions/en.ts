/** English. Action and table words several elements share (buttons, table headings), in both locales. */
import { counted } from '../plural.js';

export interface ActionStrings {
  noData: string;
  reset: string;
  exportJson: string;
  exportCsv: string;
  /** The .xlsx export beside the CSV one. */
  exportXlsx: string;
  /** Export headings: a record's id, a risk panel's score. */
  idCol: string;
  riskScoreCol: string;
  importJson: string;
  apply: string;
  accept: string;
  discard: string;
  rowsSkipped: (n: number) => string;
  row: (i: number) => string;
  field: string;
  table: string;
  yes: string;
  no: string;
  total: string;
  chooseFile: string;
}

export const ACTIONS: ActionStrings = {
  noData: 'No data yet. Give the element JSON through its data attribute, a child script or src.',
  reset: 'Reset to defaults',
  exportJson: 'Export JSON',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export Excel',
  idCol: 'ID',
  riskScoreCol: 'Risk score',
  importJson: 'Import JSON',
  apply: 'Apply',
  accept: 'Accept',
  discard: 'Discard',
  rowsSkipped: (n) => `${counted(n, 'row', 'rows')} skipped`,
  row: (i) => `Row ${i + 1}`,
  field: 'Field',
  table: 'Table',
  yes: 'Yes',
  no: 'No',
  total: 'Total',
  chooseFile: 'Choose file',
};
