// read-excel-file's XML chunk loop, patched by the test server as by the builds (vite.plugins.js `patchParseXml`).
// A workbook read on a page where every chunk seems slow (each Date.now() 10 ms after the last): the library halved
// its chunks without a floor and recursed into the next one, so a big sheet ran out of stack ("the workbook could
// not be read (Maximum call stack size exceeded)" unpatched). And on a page the sheet's parse yields between chunks
// (unpatched it was one task: no timer ran until the read ended).
import { expect } from '@open-wc/testing';
import writeXlsxFile from 'write-excel-file/browser';
import { readXlsxTable } from '../../src/import/xlsx.js';

/** A workbook of `n` leads (about 150 bytes of sheet XML a row). */
async function workbook(n: number): Promise<ArrayBuffer> {
  const rows = Array.from({ length: n }, (_, i) => [`L${i}`, ['官网', '展会'][i % 2]!, `备注 ${i} 客户要求下周再联系`]);
  return (await writeXlsxFile([['线索ID', '线索来源', '备注'], ...rows]).toBlob()).arrayBuffer();
}

describe("read-excel-file's XML chunk loop on a page", () => {
  it('reads every row when every chunk seems slow (no stack overflow)', async () => {
    const bytes = await workbook(4000);
    const now = Date.now;
    let t = now();
    Date.now = () => (t += 10);
    let table;
    try {
      table = await readXlsxTable(bytes);
    } finally {
      Date.now = now;
    }
    expect(table.issues.map((i) => i.message)).to.deep.equal([]);
    expect(table.rows.length).to.equal(4000);
    expect(table.rows[3999]![0]).to.equal('L3999');
  });

  it("yields to the page between chunks of the sheet's parse", async () => {
    await readXlsxTable(await workbook(10)); // the library's modules in, so the read below awaits no network
    const bytes = await workbook(20000);
    // Every chunk seems slow (40 ms), so they are all 16 KB: ~200 of them, each a task of its own.
    const now = Date.now;
    let t = now();
    Date.now = () => (t += 40);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    let table;
    try {
      table = await readXlsxTable(bytes);
    } finally {
      clearInterval(timer);
      Date.now = now;
    }
    expect(table.rows.length).to.equal(20000);
    expect(ticks, 'timers run while the sheet is parsed').to.be.greaterThan(50);
  });
});
