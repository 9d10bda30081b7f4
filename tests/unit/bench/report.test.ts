import { describe, expect, it } from 'vitest';
import { flattenFigures } from '../../../bench/lib/data-layer.ts';
import { formatTable, kB, ms } from '../../../bench/lib/report.ts';

describe('kB and ms', () => {
  it('formats bytes in kB of 1000 bytes, to one decimal place', () => {
    expect(kB(6118)).toBe('6.1');
    expect(kB(0)).toBe('0.0');
  });
  it('rounds milliseconds and shows a dash for a missing figure', () => {
    expect(ms(643.7)).toBe('644');
    expect(ms(null)).toBe('–');
  });
});

describe('formatTable', () => {
  it('aligns columns as asked, under a rule', () => {
    expect(
      formatTable(
        ['page', 'kB', 'note'],
        [
          ['/', '4.1', 'within'],
          ['/guide/', '12.0', 'OVER'],
        ],
        'lrl',
      ),
    ).toBe(
      ['page       kB  note', '-------  ----  ------', '/         4.1  within', '/guide/  12.0  OVER'].join(
        '\n',
      ),
    );
  });
});

describe('flattenFigures', () => {
  it('turns nested figures into dotted keys', () => {
    expect(flattenFigures({ open: { meetings1000: 42 }, ok: true })).toEqual([
      ['open.meetings1000', '42'],
      ['ok', 'true'],
    ]);
  });
});
