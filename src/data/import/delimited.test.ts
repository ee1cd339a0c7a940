import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from './delimited';

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('title;date;place\n"A, B";2024;Almaty\n')).toBe(';');
    expect(detectDelimiter('title\tdate\n"x, y; z"\t2024\n')).toBe('\t');
    // Decimal commas in a semicolon file do not fool it.
    expect(detectDelimiter('a;lat;lon\nx;43,2;76,9\ny;43,3;76,8\n')).toBe(';');
  });
});

describe('parseDelimited', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,row';
    const { rows } = parseDelimited(text, ',');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
      ['last', 'row'],
    ]);
  });

  it('numbers rows as a spreadsheet does: a multi-line cell is still one row', () => {
    const text = 'h1,h2\n"one\ntwo\nthree",x\nnext,row\n\nafter,empty\n';
    const { rows } = parseDelimited(text, ',');
    expect(rows.map((r) => [r.line, r.physicalLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 5],
      [4, 6],
      [5, 7],
    ]);
  });

  it('reports an unclosed quote with its row', () => {
    const result = parseDelimited('a,b\nok,row\n"never closed,x\ny,z', ',');
    expect(result.unclosedQuoteLine).toBe(3);
    expect(result.rows).toHaveLength(3);
  });

  it('keeps a trailing empty cell', () => {
    expect(parseDelimited('a,b,\n', ',').rows[0]!.cells).toEqual(['a', 'b', '']);
  });

  it('reads back any table written with quoting, each row on the line its index gives', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'б', ',', ';', '"', '\n', '\r\n', ' ', '=', '1'),
      maxLength: 8,
    });
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t'), (rows, d) => {
        const quote = (c: string) => (/[",;\t\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
        const text = rows.map((r) => r.map(quote).join(d)).join('\r\n');
        const parsed = parseDelimited(text, d);
        expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
        expect(parsed.rows.map((r) => r.line)).toEqual(rows.map((_, k) => k + 1));
        expect(parsed.unclosedQuoteLine).toBeNull();
      }),
    );
  });
});
