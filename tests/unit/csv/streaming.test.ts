import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../main/interchange/csv';
import { utf8 } from './helpers';

describe('streaming', () => {
  it('yields the first records before the source is exhausted, and reads every row', async () => {
    const rows = 20_000;
    let pulled = 0;
    function* source(): Generator<Uint8Array> {
      yield utf8('Name,Email,Notes\r\n');
      for (let i = 0; i < rows; i++) {
        pulled++;
        // A quoted note with a line break every row, so rows span chunk boundaries.
        yield utf8(`Person ${i} Ж,p${i}@example.org,"first line\r\nsecond line"\r\n`);
      }
    }
    const iterator = readCsvRecords(source());
    const first = await iterator.next();
    expect(first.value).toMatchObject({ kind: 'record', line: 2, draft: { displayName: 'Person 0 Ж' } });
    expect(pulled).toBeLessThan(rows / 4);
    let count = 1;
    let last = first.value;
    for await (const record of iterator) {
      count++;
      last = record;
    }
    expect(count).toBe(rows);
    expect(last).toMatchObject({ kind: 'record', index: rows - 1, line: 2 + (rows - 1) * 2 });
  });

  it('accepts an async byte source', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield utf8('First Name;Last Name\n');
      yield utf8('Ion;Popescu\n');
    }
    const records = [];
    for await (const record of readCsvRecords(source(), { fileName: 'a.csv' })) records.push(record);
    expect(records).toMatchObject([{ kind: 'record', draft: { given: 'Ion', family: 'Popescu' } }]);
  });
});
