// read-excel-file sizes its XML chunks by time and, without a floor, went to the next chunk by calling itself: on
// a slow or busy machine the chunks shrank and a big sheet ran out of stack ("the workbook could not be read
// (Maximum call stack size exceeded)"; a 20 MB workbook in the import worker under load). The builds patch it
// (vite.plugins.js `patchParseXml`). Here: the patch still applies to the installed library, and the built CLI
// reads a workbook on a clock where every chunk seems slow (the clock 10 ms later at each reading) — on the
// unpatched library the same read fails.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';
// @ts-expect-error: a JS module without types
import { patchParseXml, READ_EXCEL_PARSE_XML } from '../../vite.plugins.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const parseXmlFile = join(root, 'node_modules/read-excel-file/modules/xml/parseXml.js');
/** A clock on which every chunk takes 10 ms (read-excel-file halves the next chunk after 7). */
const SLOW_CLOCK = `data:text/javascript,${encodeURIComponent('let t = 0; Date.now = () => (t += 10);')}`;

describe("read-excel-file's XML chunk loop (patched in every build)", () => {
  it('the patch finds what it replaces in the installed library, once each', () => {
    const code = readFileSync(parseXmlFile, 'utf8');
    assert.ok((READ_EXCEL_PARSE_XML as RegExp).test(parseXmlFile));
    const patched = (patchParseXml as (c: string) => string)(code);
    assert.match(patched, /while \(parseNextChunk\(\)\);/);
    assert.match(patched, /Math\.max\(chunkSize \/ 2, 16384\)/);
    assert.throws(() => (patchParseXml as (c: string) => string)(patched), /parseXml\.js changed/);
  });

  let book: string;
  before(async () => {
    // About 600 KB of sheet XML: chunked by the library (over 64 KB), and on the slow clock its chunks halve.
    const header = ['线索ID', '线索来源', '负责人', '创建时间', '备注'];
    const rows = Array.from({ length: 4000 }, (_, i) => [
      `L${i}`,
      ['官网', '百度推广', '展会'][i % 3]!,
      `销售${i % 17}`,
      `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
      `备注 ${i} 客户要求下周再联系`,
    ]);
    book = join(mkdtempSync(join(tmpdir(), 'revops-xlsx-clock-')), 'leads.xlsx');
    writeFileSync(book, new Uint8Array(await writeExcelFile([header, ...rows]).toBuffer()));
  });

  it('the built CLI reads a workbook whose every chunk seems slow', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', SLOW_CLOCK, join(root, 'bin/revops.js'), 'import', 'leads', book, '--compact'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const out = JSON.parse(r.stdout) as { summary: { read: number }; issues?: { message: string }[] };
    assert.deepEqual(out.issues ?? [], []);
    assert.equal(out.summary.read, 4000);
  });
});
