/**
 * A lexer for the parts of each dialect's syntax that decide where a string
 * literal or a quoted identifier ends (written from the engines'
 * documentation), for tests of SQL we cannot run here.
 */
import type { SqlDialect } from '../../src/sql/index.js';

export interface Token {
  kind: 'str' | 'ident' | 'code';
  text: string;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', a: '\x07', '0': '\0' };

/** Tokens of an SQL text: decoded string literals and quoted identifiers, and the code between them (comments dropped). */
export function lex(dialect: SqlDialect, sql: string): Token[] {
  const out: Token[] = [];
  let code = '';
  const flush = () => {
    if (code.trim()) out.push({ kind: 'code', text: code.replace(/\s+/g, ' ').trim() });
    code = '';
  };
  const backslashStrings = dialect === 'spark' || dialect === 'bigquery' || dialect === 'snowflake';
  const doubledQuote = dialect !== 'spark' && dialect !== 'bigquery';
  const identQuote = dialect === 'spark' || dialect === 'bigquery' ? '`' : '"';
  let i = 0;
  const readQuoted = (q: string, backslash: boolean, doubled: boolean): string => {
    let s = '';
    i++;
    for (;;) {
      if (i >= sql.length) throw new Error(`unterminated ${q} at ${i}`);
      const ch = sql[i]!;
      if (backslash && ch === '\\') {
        const n = sql[i + 1]!;
        if (n === 'u') {
          s += String.fromCharCode(parseInt(sql.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          s += ESCAPES[n] ?? n;
          i += 2;
        }
      } else if (ch === q) {
        if (doubled && sql[i + 1] === q) {
          s += q;
          i += 2;
        } else {
          i++;
          return s;
        }
      } else {
        s += ch;
        i++;
      }
    }
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if ((ch === '/' && next === '/' && dialect === 'snowflake') || (ch === '#' && dialect === 'bigquery')) {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (ch === '/' && next === '*') {
      let depth = 0;
      do {
        if (sql.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < sql.length);
    } else if (ch === "'") {
      const e = dialect === 'postgres' && /[Ee]$/.test(code) && !/[\w$]$/.test(code.slice(0, -1));
      if (e) code = code.slice(0, -1);
      flush();
      out.push({ kind: 'str', text: readQuoted("'", backslashStrings || e, doubledQuote || e) });
    } else if (ch === identQuote) {
      flush();
      out.push({ kind: 'ident', text: readQuoted(identQuote, dialect === 'bigquery', dialect !== 'bigquery') });
    } else if (ch === '"' && (dialect === 'spark' || dialect === 'bigquery')) {
      flush();
      out.push({ kind: 'str', text: readQuoted('"', true, false) });
    } else {
      code += ch;
      i++;
    }
  }
  flush();
  return out;
}
