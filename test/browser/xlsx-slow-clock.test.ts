// A workbook read on a page where every XML chunk seems slow (each Date.now() 10 ms after the last): read-excel-file
// halved its chunks without a floor and recursed into the next one, so a big sheet ran out of stack. The test server
// patches it as the builds do (vite.plugins.js `patchParseXml`); on the unpatched library this read gives the
// issue "the workbook could not be read (Maximum call stack size exceeded)".
import { expect } from '@open-wc/testing';
import writeXlsxFile from 'write-excel-file/browser';
import { readXlsxTable } from '../../src/import/xlsx.js';

describe('a workbook read when every chunk seems slow', () => {
  it('reads every row (no stack overflow in the XML chunk loop)', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [
      `L${i}`,
      ['官网', '展会'][i % 2]!,
      `备注 ${i} 客户要求下周再联系`,
    ]);
    const blob = await writeXlsxFile([['线索ID', '线索来源', '备注'], ...rows]).toBlob();
    const bytes = await blob.arrayBuffer();
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
