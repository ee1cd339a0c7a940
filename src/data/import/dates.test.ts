import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnDateOrder, parseDateCell } from './dates';

const ok = (edtf: string, timeDropped = false) => ({ ok: true, edtf, timeDropped });
const fail = (code: string) => ({ ok: false, code });

describe('parseDateCell', () => {
  it.each([
    ['2024', '2024'],
    ['2024-03', '2024-03'],
    ['2024-3', '2024-03'],
    ['2024-03-15', '2024-03-15'],
    ['2024/03/15', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['5.3.2024', '2024-03-05'],
    ['03.2024', '2024-03'],
    ['03/2024', '2024-03'],
    ['15 March 2024', '2024-03-15'],
    ['15 Mar 2024', '2024-03-15'],
    ['March 15, 2024', '2024-03-15'],
    ['March 2024', '2024-03'],
    ['15-Mar-2024', '2024-03-15'],
    ['15 марта 2024', '2024-03-15'],
    ['15 марта 2024 г.', '2024-03-15'],
    ['март 2024', '2024-03'],
    ['15 наурыз 2024', '2024-03-15'],
    ['25/03/2024', '2024-03-25'],
    ['03/25/2024', '2024-03-25'],
    ['05/05/2024', '2024-05-05'],
    ['2024-03-01/2024-03-15', '2024-03-01/2024-03-15'],
    ['2024-03/2024-05', '2024-03/2024-05'],
    ['15.03.2024 – 20.03.2024', '2024-03-15/2024-03-20'],
    ['15.03.2024 - 20.03.2024', '2024-03-15/2024-03-20'],
    ['1986', '1986'],
    ['2026-12-31', '2026-12-31'],
  ])('reads %s as %s', (text, edtf) => {
    expect(parseDateCell(text)).toEqual(ok(edtf));
  });

  it('drops a time of day and says so', () => {
    expect(parseDateCell('2024-03-15T10:30:00Z')).toEqual(ok('2024-03-15', true));
    expect(parseDateCell('2024-03-15 10:30')).toEqual(ok('2024-03-15', true));
  });

  it.each(['', 'last week', '31.02.2024', '2024-13', '32.13.2024', '13/13/2024', 'Smarch 2024', '15 Foo 2024'])(
    'rejects %j as unreadable',
    (text) => {
      expect(parseDateCell(text)).toEqual(fail('date-unreadable'));
    },
  );

  it('rejects dates outside 1986–2026', () => {
    expect(parseDateCell('1985-12-31')).toEqual(fail('date-out-of-range'));
    expect(parseDateCell('2027')).toEqual(fail('date-out-of-range'));
    expect(parseDateCell('2026-12-01/2027-01-01')).toEqual(fail('date-out-of-range'));
  });

  it('rejects a range that ends before it starts', () => {
    expect(parseDateCell('2024-03-15/2024-03-01')).toEqual(fail('date-range-reversed'));
  });

  it('reports day/month order as ambiguous unless the column settles it', () => {
    expect(parseDateCell('03/04/2024')).toEqual(fail('date-ambiguous'));
    expect(parseDateCell('03-04-2024')).toEqual(fail('date-ambiguous'));
    expect(parseDateCell('03/04/2024', 'dmy')).toEqual(ok('2024-04-03'));
    expect(parseDateCell('03/04/2024', 'mdy')).toEqual(ok('2024-03-04'));
  });

  it('never reads an ISO date, a dotted date or a month name differently with an order', () => {
    for (const order of ['dmy', 'mdy'] as const) {
      expect(parseDateCell('2024-03-04', order)).toEqual(ok('2024-03-04'));
      expect(parseDateCell('03.04.2024', order)).toEqual(ok('2024-04-03'));
      expect(parseDateCell('3 April 2024', order)).toEqual(ok('2024-04-03'));
    }
  });
});

describe('columnDateOrder', () => {
  it('takes the order that some row shows and none contradicts', () => {
    expect(columnDateOrder(['03/04/2024', '25/04/2024'])).toBe('dmy');
    expect(columnDateOrder(['03/04/2024', '04/25/2024'])).toBe('mdy');
    expect(columnDateOrder(['03/04/2024', '05/06/2024'])).toBeNull();
    expect(columnDateOrder(['25/04/2024', '04/25/2024'])).toBeNull();
    expect(columnDateOrder(['2024-04-25'])).toBeNull();
  });
});

describe('parseDateCell properties', () => {
  const day = fc
    .record({
      y: fc.integer({ min: 1986, max: 2026 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({ y, m, d, iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }));

  it('reads every written form of a day as the same ISO day', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    fc.assert(
      fc.property(day, ({ y, m, d, iso }) => {
        expect(parseDateCell(iso)).toEqual(ok(iso));
        expect(parseDateCell(`${d}.${m}.${y}`)).toEqual(ok(iso));
        expect(parseDateCell(`${d} ${months[m - 1]} ${y}`)).toEqual(ok(iso));
        expect(parseDateCell(`${months[m - 1]} ${d}, ${y}`)).toEqual(ok(iso));
      }),
    );
  });

  it('never guesses: a slashed date with both numbers 12 or less and different is ambiguous without an order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1986, max: 2026 }),
        (a, b, y) => {
          fc.pre(a !== b);
          expect(parseDateCell(`${a}/${b}/${y}`)).toEqual(fail('date-ambiguous'));
          expect(parseDateCell(`${a}/${b}/${y}`, 'dmy')).toEqual(
            ok(`${y}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`),
          );
        },
      ),
    );
  });

  it('gives only dates the schema accepts, or a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const r = parseDateCell(text);
        if (r.ok) expect(r.edtf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
        else
          expect(['date-unreadable', 'date-ambiguous', 'date-out-of-range', 'date-range-reversed']).toContain(r.code);
      }),
    );
  });
});
