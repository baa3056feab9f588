/** English. Strings of the shared import view (components/shared/import) and of the elements' import sections. */

import type { FileIssueCode, ImportNoteCode, RowProblemCode } from '../../import/table.js';

/** Where reading a file is (components/shared/import/read-file.ts). */
export type ImportPhase = 'decode' | 'open' | 'parse' | 'rows' | 'done' | 'receive' | 'map';

/**
 * The words a file problem's sentence puts in, made from its typed parameters by `fileIssueWords`
 * (src/views/import-words.ts): numbers formatted, the user's headers, sheet and column names quoted as given.
 */
export interface FileIssueWords {
  line?: string;
  title?: string;
  sheet?: string;
  sheets?: string;
  headers?: string;
  fields?: string;
  column?: string;
  field?: string;
}

export interface ImportStrings {
  // ---- choosing a file --------------------------------------------------------------------
  chooseFile: string;
  dropHint: string;
  dropHere: string;
  pasteLabel: string;
  pasteHint: string;
  sheet: string;
  /** The file in use: its name, format (CSV, .xlsx …) and detail (encoding or sheet). */
  using: (name: string, format: string, detail: string) => string;
  pasted: string;
  hostData: string;
  hostRecords: string;
  phase: Record<ImportPhase, string>;
  progressText: (phase: string, pct: string) => string;
  cancel: string;
  cancelled: string;
  readFailed: (why: string) => string;
  /** The last good data stays in use while the new file cannot be. */
  keptNote: string;
  // ---- file problems, by code (src/import/table.ts) ---------------------------------------
  fileIssues: Record<FileIssueCode, (d: FileIssueWords) => string>;
  /** A file problem whose code the table does not know. */
  fileIssueOther: (code: string) => string;
  // ---- the mapping step -------------------------------------------------------------------
  mappingTitle: string;
  mappingHint: string;
  presetLabel: string;
  presetAuto: (detected: string) => string;
  presetNames: Record<string, string>;
  fieldCol: string;
  columnCol: string;
  sampleCol: string;
  required: string;
  notImported: string;
  constantOption: string;
  constantLabel: (field: string) => string;
  /** Field names by key (dotted keys included); factor fields use the model's labels. */
  fieldNames: Record<string, string>;
  usageField: (month: string, measure: 'usageRate' | 'activeUsers') => string;
  dateOrderLabel: string;
  dateOrders: Record<'auto' | 'mdy' | 'dmy' | 'ymd', string>;
  // ---- value mapping ----------------------------------------------------------------------
  valuesTitle: string;
  valuesHint: string;
  valueFieldTitle: (field: string, column: string) => string;
  valueCol: string;
  rowsCol: string;
  readsAsCol: string;
  notRecognised: string;
  blankRows: (n: string, field: string) => string;
  poolNames: Record<string, string>;
  closedWon: string;
  closedLost: string;
  channelNames: Record<string, string>;
  yes: string;
  no: string;
  moreValues: string;
  // ---- the result -------------------------------------------------------------------------
  resultTitle: string;
  counts: Record<'read' | 'mapped' | 'skipped' | 'closed' | 'blank' | 'titles' | 'footers', string>;
  previewTitle: string;
  previewEmpty: string;
  errorsTitle: string;
  /** "730 rows: pool not recognised" — the group's size, its problem worded by code. */
  group: (count: number, n: string, problem: string) => string;
  /** Row problems by code (the field already named in the UI language, the value as given); an unknown code is shown as it is. */
  rowProblems: Record<RowProblemCode, (field: string, value: string) => string>;
  /** What fixes a group ("map it", "choose the column"). */
  fixHint: (step: 'value' | 'field') => string;
  examples: (lines: string) => string;
  exampleValues: (values: string) => string;
  mapIt: string;
  exportSkipped: string;
  skippedCsvHead: { line: string; problem: string; field: string; value: string };
  warningsTitle: string;
  /** "pool-entry time taken from assigned for 105 rows, then from created for 45" */
  fallback: (field: string, parts: { from: string; n: string }[]) => string;
  /** Notes on an import by code; an unknown code is shown as it is. */
  notes: Record<ImportNoteCode, (d: { fields?: string; order?: string; n?: string }) => string>;
  closedNote: (n: string) => string;
  // ---- saving and sharing the mapping -----------------------------------------------------
  mappingSaved: string;
  mappingSession: string;
  exportMapping: string;
  importMapping: string;
  mappingJson: string;
  mappingNotJson: (why: string) => string;
  resetMapping: string;
  // ---- the elements' import sections ------------------------------------------------------
  importData: string;
  importDataHint: (list: string) => string;
  readAction: string;
  backToHost: string;
  usageTitle: string;
  usageHint: string;
  usageJoined: (accounts: string, points: string) => string;
  historyTitle: string;
  historyHint: string;
  historyJoined: (leads: string, transfers: string) => string;
  /** The validity check's guard (tiering cards). */
  noFactorColumn: string;
  calibrateNeedsFactor: string;
  fewRows: (n: string, min: string) => string;
  fewConversions: (n: string, min: string) => string;
}

const FIELD_NAMES_EN: Record<string, string> = {
  id: 'ID',
  source: 'Source',
  businessLine: 'Business line',
  pool: 'Pool',
  owner: 'Owner',
  createdAt: 'Created',
  poolEnteredAt: 'Entered the pool',
  assignedAt: 'Assigned',
  firstFollowUpAt: 'First follow-up',
  lastFollowUpAt: 'Last follow-up',
  converted: 'Converted (yes/no)',
  convertedAt: 'Converted on',
  lifecycleStage: 'Lifecycle stage',
  revenue: 'Revenue',
  lastEngagementAt: 'Last engagement',
  industry: 'Industry',
  region: 'Region',
  amount: 'Amount',
  name: 'Name',
  stage: 'Stage',
  stageEnteredAt: 'Entered the stage',
  expectedCloseDate: 'Close date',
  keyAccount: 'Key account (yes/no)',
  closed: 'Closed (yes/no)',
  won: 'Won (yes/no)',
  lastActivityAt: 'Last activity',
  'fields.need': 'Need',
  'fields.contactRole': 'Contact role',
  'fields.budget': 'Budget',
  'fields.decisionMaker': 'Decision maker',
  'fields.timeline': 'Timeline',
  'fields.competitors': 'Competitors',
  'fields.procurementProcess': 'Procurement process',
  'fields.nextStep': 'Next step',
  'fields.region': 'Region (routing)',
  'fields.productLine': 'Product line',
  'fields.industry': 'Industry (routing)',
  'fields.businessLine': 'Business line (routing)',
  'fields.segment': 'CRM segment',
  arr: 'ARR',
  renewalDate: 'Renewal date',
  tier: 'Tier',
  nps: 'NPS',
  csat: 'CSAT',
  overdueDays: 'Days overdue',
  contactChanged: 'Contact changed (yes/no)',
  'tickets.last30d': 'Tickets, last 30 days',
  'tickets.baseline30d': 'Tickets, usual 30 days',
  'tickets.escalated': 'Escalated tickets',
  accountId: 'Account ID',
  month: 'Month',
  usageRate: 'Usage rate',
  activeUsers: 'Active users',
  leadId: 'Lead ID',
  at: 'Changed on',
  field: 'Changed field',
  from: 'Owner before',
  to: 'Owner after',
};

const PRESET_NAMES_EN: Record<string, string> = {
  'salesforce-api': 'Salesforce (API names)',
  'salesforce-report': 'Salesforce report',
  hubspot: 'HubSpot',
  xiaoshouyi: '销售易 (Neocrm)',
  fxiaoke: '纷享销客 (ShareCRM)',
  'generic-zh': 'Generic Chinese names',
  'generic-en': 'Generic English names',
};
const CHANNELS_EN: Record<string, string> = {
  'website-direct': 'Website (direct)',
  seo: 'Organic search',
  sem: 'Paid search',
  'offline-event': 'Offline event',
  'online-event': 'Online event',
  referral: 'Referral',
  partner: 'Partner',
  'purchased-list': 'Purchased list',
  other: 'Other',
};
export const IMPORT: ImportStrings = {
  chooseFile: 'Choose a file (CSV or .xlsx)',
  dropHint: 'CSV, TSV or .xlsx as your CRM exports it: UTF-8, GB18030 or UTF-16. It stays in this browser.',
  dropHere: 'Drop a file here',
  pasteLabel: 'Or paste rows (with their header row)',
  pasteHint: 'Copied from a spreadsheet or a CSV file.',
  sheet: 'Sheet',
  using: (name, format, detail) => `${name} · ${format}${detail ? ` (${detail})` : ''}`,
  pasted: 'Pasted rows',
  hostData: 'The page’s data',
  hostRecords: 'Records from the page',
  phase: {
    decode: 'Decoding the text',
    open: 'Opening the workbook',
    parse: 'Reading the sheet (large workbooks take a while)',
    rows: 'Reading rows',
    done: 'Read',
    receive: 'Receiving rows',
    map: 'Mapping rows',
  },
  progressText: (phase, pct) => (pct ? `${phase}… ${pct}` : `${phase}…`),
  cancel: 'Cancel',
  cancelled: 'Reading was cancelled.',
  readFailed: (why) => `The file could not be read: ${why}`,
  keptNote: 'The last good data stays in use.',
  fileIssues: {
    empty: () => 'The file is empty.',
    binary: () =>
      'This is not a CSV or .xlsx file (it looks like a PDF, an image or an archive). Export the data from your CRM as CSV or .xlsx.',
    xls: () => 'This is a legacy .xls workbook: save it as .xlsx or CSV and load it again.',
    'bad-xlsx': () => 'The workbook cannot be read: the file is damaged, or it is a ZIP archive but not an .xlsx.',
    'sheet-not-found': (d) => `The workbook has no sheet ${d.sheet}; its sheets are ${d.sheets}.`,
    'header-only': (d) => `The file has a header row (line ${d.line}: ${d.headers}) but no data rows.`,
    'title-only': (d) =>
      `Line ${d.line} holds only a title (${d.title}, merged cells): no column headers and no data rows.${d.sheets ? ` Choose another sheet: ${d.sheets}.` : ''}`,
    'missing-columns': (d) => `No column for ${d.fields}: choose one below. The file’s columns are ${d.headers}.`,
    'unknown-column': (d) => `The mapping names the column ${d.column} for ${d.field}, which this file does not have.`,
  },
  fileIssueOther: (code) => `The file cannot be used (${code}).`,
  mappingTitle: 'Columns',
  mappingHint:
    'Each field the model reads, and the column of your file it comes from. Change any of them; a field your file lacks can take one value for every row.',
  presetLabel: 'Column names of',
  presetAuto: (d) => `Detected: ${d}`,
  presetNames: PRESET_NAMES_EN,
  fieldCol: 'Field',
  columnCol: 'Column in your file',
  sampleCol: 'First value',
  required: 'required',
  notImported: '— not imported —',
  constantOption: 'One value for every row…',
  constantLabel: (f) => `${f}: value for every row`,
  fieldNames: FIELD_NAMES_EN,
  usageField: (m, measure) => `${measure === 'usageRate' ? 'Usage rate' : 'Active users'} ${m}`,
  dateOrderLabel: 'Dates like 3/5/2026',
  dateOrders: {
    auto: 'Work it out from the file',
    mdy: 'Month first (3/5 = 5 March)',
    dmy: 'Day first (3/5 = 3 May)',
    ymd: 'Year first',
  },
  valuesTitle: 'Values',
  valuesHint: 'What each value of your file means to the model. Values not recognised are skipped until you map them.',
  valueFieldTitle: (f, c) => `${f} (column ${c})`,
  valueCol: 'Value in your file',
  rowsCol: 'Rows',
  readsAsCol: 'Reads as',
  notRecognised: '— not recognised —',
  blankRows: (n, f) => `${n} rows with a blank ${f} are read by the usual rule.`,
  poolNames: {
    private: 'Personal private pool',
    line: 'Business-line public pool',
    company: 'Company public pool',
    blacklist: 'Blacklist',
  },
  closedWon: 'Closed won (set apart)',
  closedLost: 'Closed lost (set apart)',
  channelNames: CHANNELS_EN,
  yes: 'Yes',
  no: 'No',
  moreValues: 'Only the 100 most frequent values are listed.',
  resultTitle: 'What was imported',
  counts: {
    read: 'Rows read',
    mapped: 'Imported',
    skipped: 'Skipped',
    closed: 'Closed deals set apart',
    blank: 'Blank lines',
    titles: 'Title rows',
    footers: 'Footer rows',
  },
  previewTitle: 'First rows as the model gets them',
  previewEmpty: 'No row could be imported yet.',
  errorsTitle: 'Rows not imported',
  group: (count, n, p) => `${n} ${count === 1 ? 'row' : 'rows'}: ${p}`,
  rowProblems: {
    'pool-unknown': (_f, v) => `pool not recognised${v ? ` (${v})` : ''}`,
    'stage-unknown': (_f, v) => `stage not recognised${v ? ` (${v})` : ''}`,
    'converted-unknown': (_f, v) => `converted or not cannot be read${v ? ` (${v})` : ''}`,
    'missing-value': (f) => `${f} is blank`,
    'invalid-date': (f, v) => `${f} is not a date${v ? ` (${v})` : ''}`,
    'unclosed-quote': () => 'a quote is not closed where the row ends (the line is skipped)',
    'too-many-cells': () => 'more cells than the header (a delimiter inside a value without quotes?)',
    'too-few-cells': () => 'fewer cells than the header (a line break or a missing quote?)',
    'not-a-record': () => 'not a record',
    closed: () => 'closed deal (set apart)',
    'not-owner-change': (_f, v) => `not an owner change (set apart)${v ? ` (${v})` : ''}`,
    'amount-unknown': () => 'amount blank: kept, shown as unknown',
    'source-blank': () => 'source blank: read as “unknown”',
    'source-other': (_f, v) => `source not recognised, read as “other”${v ? ` (${v})` : ''}`,
    'default-value': (f) => `${f} blank: the default is used`,
    'invalid-value': (f, v) => `${f} cannot be read and is left out${v ? ` (${v})` : ''}`,
    'amount-ambiguous': (f, v) =>
      `${f} could be read two ways (the column uses both decimal marks) and is left out${v ? ` (${v})` : ''}`,
    'option-unknown': (f, v) => `${f} is not an option of the model and is left out${v ? ` (${v})` : ''}`,
  },
  fixHint: (step) => (step === 'value' ? 'map it' : 'choose the column'),
  examples: (l) => `lines ${l}`,
  exampleValues: (v) => `values: ${v}`,
  mapIt: 'Map it',
  exportSkipped: 'Export the skipped rows (CSV)',
  skippedCsvHead: { line: 'line', problem: 'problem', field: 'field', value: 'value' },
  warningsTitle: 'Imported with a note',
  fallback: (f, parts) =>
    `${f} taken from ${parts.map((p, i) => `${i ? 'then from ' : ''}${p.from} for ${p.n} rows`).join(', ')}`,
  notes: {
    'default-value': (d) =>
      `No column for ${d.fields}: the default is used for every row (choose a column or give one value).`,
    'pool-from-owner': () =>
      'No pool column: a lead with an owner is in the owner’s private pool, one without in the business line’s public pool.',
    'date-order-assumed': (d) => `Nothing in the file tells whether 3/5 is March or May: read as ${d.order}.`,
    'usage-unmatched': (d) => `${d.n} usage rows name accounts that are not in the account file.`,
    'history-unmatched': (d) => `Owner-history rows naming a lead not in the lead file: ${d.n}.`,
  },
  closedNote: (n) => `${n} closed deals (won or lost) are set apart: they need no alert.`,
  mappingSaved: 'Your mapping is kept for the next file of this kind.',
  mappingSession: 'Your mapping is kept until the page is closed.',
  exportMapping: 'Export the mapping (JSON)',
  importMapping: 'Use this mapping',
  mappingJson: 'Mapping (JSON)',
  mappingNotJson: (why) => `The mapping is not valid JSON: ${why}`,
  resetMapping: 'Back to the detected columns',
  importData: 'Import a CRM export',
  importDataHint: (list) =>
    `Load your CRM’s ${list} export (CSV or .xlsx) or paste it; check the columns, then the panel uses it instead of the page’s data.`,
  readAction: 'Read',
  backToHost: 'Back to the page’s data',
  usageTitle: 'Usage by month (optional)',
  usageHint:
    'A second file with one row per account and month (account ID, month, usage rate, active users), joined by account ID.',
  usageJoined: (a, p) => `Usage joined: ${p} monthly points for ${a} accounts.`,
  historyTitle: 'Owner history (optional)',
  historyHint:
    'A second file of owner changes (Salesforce Lead History, HubSpot owner property history, a 负责人变更 log): lead ID, date, owner before and after, joined by lead ID. Queue and public-pool owners (公海) count as a pool.',
  historyJoined: (l, n) => `Owner history joined: ${n} transfers for ${l} leads.`,
  noFactorColumn:
    'No factor column is mapped: every row would score 0 and land in the lowest tier, so the check would mean nothing. Map at least one factor column (e.g. annual revenue) under Columns.',
  calibrateNeedsFactor: 'Calibrate needs history with at least one factor column.',
  fewRows: (n, min) => `Only ${n} rows: with fewer than ${min}, the check says little.`,
  fewConversions: (n, min) => `Only ${n} conversions: with fewer than ${min}, conversion rates per tier say little.`,
};
