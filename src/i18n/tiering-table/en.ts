/** English. Strings of the two tiering tables (lead-score-table, customer-value-table). */
import { counted } from '../plural.js';

export interface TieringTableStrings {
  leadTitle: string;
  customerTitle: string;
  /** The count line: `Showing 12 of 40 records`. */
  showing: (shown: string, total: string) => string;
  listHint: string;
  tierFilter: string;
  routeFilter: string;
  all: string;
  noRoute: string;
  sortBy: string;
  sortScore: string;
  sortTier: string;
  sortRoute: string;
  sortName: string;
  sortFactor: (factor: string) => string;
  sortDirection: string;
  descending: string;
  ascending: string;
  exportCsv: string;
  /** Export headers: records in a tier and their share. */
  recordsCol: string;
  shareCol: string;
  /** The machine-keyed list the CRM re-imports (codes, `points_<factor>`): its group and buttons. */
  crmExport: string;
  crmCsv: string;
  crmXlsx: string;
  name: string;
  score: string;
  tier: string;
  route: string;
  tierCounts: string;
  /** `Focus share 35 % (target 30 % ± 5 %)`. */
  focusShare: (share: string, target: string, tolerance: string) => string;
  withinTarget: string;
  offTarget: string;
  contributions: string;
  factor: string;
  value: string;
  factorScore: string;
  points: string;
  skipped: (n: number, shown: string) => string;
  noRows: string;
  noMatch: string;
  /** What a list holds, in the import's hint. */
  leadList: string;
  customerList: string;
  /** The import section's hint. */
  importHint: (list: string) => string;
}

export const TIERING_TABLE: TieringTableStrings = {
  leadTitle: 'Lead scores',
  customerTitle: 'Customer values',
  showing: (shown, total) => `Showing ${shown} of ${counted(total, 'record', 'records')}`,
  listHint: 'Arrow keys move between rows; Enter shows the factor contributions of a row.',
  tierFilter: 'Tier',
  routeFilter: 'Route',
  all: 'All',
  noRoute: 'No route',
  sortBy: 'Sort by',
  sortScore: 'Score',
  sortTier: 'Tier',
  sortRoute: 'Route',
  sortName: 'Name',
  sortFactor: (factor) => `Points · ${factor}`,
  sortDirection: 'Order',
  descending: 'Highest first',
  ascending: 'Lowest first',
  exportCsv: 'Export CSV',
  recordsCol: 'Records',
  shareCol: 'Share',
  crmExport: 'Export for CRM re-import (codes)',
  crmCsv: 'CRM file (CSV)',
  crmXlsx: 'CRM file (Excel)',
  name: 'Record',
  score: 'Score',
  tier: 'Tier',
  route: 'Route',
  tierCounts: 'Records per tier',
  focusShare: (share, target, tolerance) => `Focus share ${share} (target ${target} ± ${tolerance})`,
  withinTarget: 'within target',
  offTarget: 'off target',
  contributions: 'Contribution of each factor',
  factor: 'Factor',
  value: 'Value',
  factorScore: 'Score',
  points: 'Points',
  skipped: (_n, shown) => `${counted(shown, 'record', 'records')} skipped for bad values`,
  noRows: 'No records to score.',
  noMatch: 'No record matches the filters.',
  leadList: 'leads',
  customerList: 'customers',
  importHint: (list) =>
    `Load your CRM’s list of ${list} (CSV or .xlsx) or paste it; check the columns: the table scores every row as it is read, instead of the page’s data.`,
};
