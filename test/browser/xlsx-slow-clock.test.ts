// read-excel-file's XML chunk loop, patched by the test server as by the builds (vite.plugins.js `patchParseXml`).
// A workbook read on a page where every chunk seems slow (each Date.now() 10 ms after the last): the library halved
// its chunks without a floor and recursed into the next one, so a big sheet ran out of stack ("the workbook could
// not be read (Maximum call stack size exceeded)" unpatched).
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
});
