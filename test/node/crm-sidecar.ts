// The sidecar beside every CRM export fixture (`<file>.expected.json`, written by
// test/fixtures/crm/make-fixtures.ts and make-list-fixtures.ts): the counts of the file and one expected row per data row.
import { readFileSync } from 'node:fs';

export interface Sidecar {
  file: string;
  crm: string;
  kinds: string[];
  dataRows: number;
  blank: number;
  titles: number;
  footers: number;
  headerLine: number;
  encoding?: string;
  sameRowsAs?: string;
  firstLine?: number;
  rows: Expected[];
}
/** An expected row: the model fields of its kind, and `skip` (the code and message) for a row the import skips. */
export type Expected = Record<string, unknown> & {
  line: number;
  id: string;
  skip?: Record<string, string>;
  createdAt?: string;
  pool?: string;
  closed?: boolean;
  converted?: boolean;
  amount?: number | null;
  /** Record lists: the codes of the notes the import gives the row (`option-unknown`, `source-other` …). */
  warn?: string[];
};

/** The sidecar of the fixture at `path` (the path of the export itself). */
export const readSidecar = (path: string) => JSON.parse(readFileSync(`${path}.expected.json`, 'utf8')) as Sidecar;
