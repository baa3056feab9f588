/**
 * CSV text into records: RFC 4180 quoting, CRLF or LF line ends, the
 * delimiter sniffed (comma, tab or semicolon), quoted line breaks, and an
 * unclosed quote reported by its line with reading going on at the next one.
 * Shared by the lead export reader (`src/parse/leads.ts`) and the import
 * pipeline (`readCsvTable` in `./table.ts`).
 */

/**
 * The delimiter of a CRM export: tab or semicolon when the header uses them
 * instead of commas. The sample is the first of the first lines that has any
 * of the three outside quotes, so a title line above the header (a report
 * name, `线索列表 导出时间: …`) does not decide it.
 */
export function sniffDelimiter(text: string): string {
  let pos = 0;
  let head = '';
  for (let n = 0; n < 20 && pos < text.length; n++) {
    const end = text.indexOf('\n', pos);
    const line = (end < 0 ? text.slice(pos) : text.slice(pos, end)).replace(/"[^"]*"/g, '');
    pos = end < 0 ? text.length : end + 1;
    if (/[,\t;]/.test(line)) {
      head = line;
      break;
    }
  }
  const count = (c: string) => head.split(c).length - 1;
  const commas = count(',');
  const tabs = count('\t');
  const semis = count(';');
  if (tabs > commas && tabs >= semis) return '\t';
  if (semis > commas) return ';';
  return ',';
}

export const countOf = (s: string, ch: string): number => {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
};

// ---- records ----------------------------------------------------------------------------

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 records from the text, one at a time, with the physical line each
 * starts on. A record whose quote is not closed before the end of the text,
 * or that spans lines and does not have the header's number of cells, or
 * whose quoted cell swallows whole rows, is broken: its first line is
 * reported and reading goes on at the next physical line.
 */
export class Records {
  pos = 0;
  /** Physical line (1-based) of the record at `pos`. */
  line = 1;
  /** Cells of the last record read; its first line; true when it is broken. */
  cells: string[] = [];
  start = 1;
  broken = false;
  private nextQuote: number;
  private readonly d: number;

  constructor(
    readonly text: string,
    readonly delim: string,
    public width = 0,
  ) {
    this.d = delim.charCodeAt(0);
    this.nextQuote = text.indexOf('"');
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** Read the next record into `cells`; false at the end of the text. */
  next(): boolean {
    const { text } = this;
    const len = text.length;
    const pos = this.pos;
    if (pos >= len) return false;
    this.start = this.line;
    this.broken = false;
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? len : nl;
    if (this.nextQuote >= 0 && this.nextQuote < pos) this.nextQuote = text.indexOf('"', pos);
    if (this.nextQuote < 0 || this.nextQuote >= end) {
      // No quote on this line: split it.
      const lineEnd = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      this.cells = text.slice(pos, lineEnd).split(this.delim);
      this.pos = end + 1;
      this.line++;
      return true;
    }
    return this.quoted(pos, end);
  }

  private quoted(pos: number, firstEnd: number): boolean {
    const { text, d } = this;
    const len = text.length;
    const cells: string[] = [];
    let i = pos;
    let inner = 0; // line breaks inside quoted cells
    let broken = false;
    for (;;) {
      let cell: string;
      if (i < len && text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        cell = '';
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0) {
            broken = true; // the quote is never closed
            break;
          }
          cell += text.slice(j, k);
          if (text.charCodeAt(k + 1) === QUOTE) {
            cell += '"';
            j = k + 2;
            continue;
          }
          i = k + 1;
          break;
        }
        if (broken) break;
        // Text after the closing quote, up to the delimiter, stays part of the cell (as spreadsheets read it).
        let e = i;
        while (e < len) {
          const c = text.charCodeAt(e);
          if (c === d || c === LF) break;
          e++;
        }
        if (e > i) cell += text.slice(i, e);
        i = e;
        if (cell.includes('\n')) {
          const n = countOf(cell, '\n');
          inner += n;
          // A quoted cell that holds a whole row's worth of delimiters on a later line swallowed rows.
          if (this.width > 3) {
            const lines = cell.split('\n');
            for (let l = 1; l < lines.length; l++) if (countOf(lines[l]!, this.delim) >= this.width - 1) broken = true;
          }
        }
      } else {
        let e = i;
        while (e < len) {
          const c = text.charCodeAt(e);
          if (c === d || c === LF) break;
          e++;
        }
        cell = text.slice(i, e);
        i = e;
      }
      cells.push(cell);
      if (i >= len) break;
      if (text.charCodeAt(i) === d) {
        i++;
        if (i >= len) {
          cells.push('');
          break;
        }
        continue;
      }
      i++; // the line feed
      break;
    }
    if (!broken && inner > 0 && this.width > 0 && cells.length !== this.width) broken = true;
    if (broken) {
      // Report the first line only and go on at the next physical line.
      this.cells = [];
      this.broken = true;
      this.pos = firstEnd + 1;
      this.line++;
      return true;
    }
    const last = cells.length - 1;
    const lc = cells[last]!;
    if (lc.length && lc.charCodeAt(lc.length - 1) === CR) cells[last] = lc.slice(0, -1);
    this.cells = cells;
    this.pos = i;
    this.line += 1 + inner;
    return true;
  }
}
