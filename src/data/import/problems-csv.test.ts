import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { problemsCsv, PROBLEM_CODES, problemMessage } from './index';
import type { ImportProblem } from './types';

const p = (over: Partial<ImportProblem>): ImportProblem => ({
  line: 2,
  column: 'title',
  value: '',
  code: 'missing-title',
  params: {},
  message: 'The title is empty; the row is skipped.',
  severity: 'error',
  ...over,
});

describe('problemsCsv', () => {
  it('writes line, column, value and reason, and neutralises formulas again', () => {
    const csv = problemsCsv([
      p({ value: '=HYPERLINK("https://evil.example","x")', code: 'formula-neutralised', severity: 'warning' }),
      p({ line: null, column: null, value: '', code: 'encoding-windows-1251', message: 'Read as Windows-1251.' }),
      p({ line: 7, column: 'summary', value: 'two\nlines, "quoted"', message: '-1 is not a reason' }),
    ]);
    expect(csv.startsWith('\uFEFFline,column,value,reason,code,severity\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toEqual([
      ['line', 'column', 'value', 'reason', 'code', 'severity'],
      [
        '2',
        'title',
        `'=HYPERLINK("https://evil.example","x")`,
        'The title is empty; the row is skipped.',
        'formula-neutralised',
        'warning',
      ],
      ['', '', '', 'Read as Windows-1251.', 'encoding-windows-1251', 'error'],
      ['7', 'summary', 'two\nlines, "quoted"', `'-1 is not a reason`, 'missing-title', 'error'],
    ]);
  });
});

describe('messages', () => {
  it('has a plain sentence for every code', () => {
    for (const code of PROBLEM_CODES) {
      const text = problemMessage(code, {
        size: 1,
        max: 1,
        kind: 'XLSX',
        column: 'c',
        missing: 'date',
        format: 'f',
        formats: 'x',
        found: 'y',
        read: 1,
        skipped: 1,
        count: 1,
        langs: 'Russian',
        fallback: 'statement',
        place: 'P',
        id: 'i',
        value: 'v',
        categories: 'c',
        first: 1986,
        last: 2026,
        newId: 'n',
        firstLine: 2,
        type: 'title',
        precision: 'exact',
        role: 'r',
        cells: 3,
        columns: 2,
      });
      expect(text, code).toMatch(/^[A-Z"“0-9T].*[.]$/);
    }
  });
});
