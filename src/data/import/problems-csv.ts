/**
 * The problems as a CSV a reader can download and open beside their file:
 * line, column, value, reason. A value that starts like a formula (`=`, `+`,
 * `-`, `@`, or a tab or carriage return) gets a leading apostrophe so the
 * spreadsheet shows it as text and never runs it.
 *
 * The same guard exists as `guardCell` in features/export/csv.ts, which data/
 * may not import (layers). It belongs in lib/ (proposed in the import's
 * report); until it moves, this copy keeps the identical rule and the test
 * checks the two agree.
 */
import type { ImportProblem } from './types.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Starts with a byte order mark, as the explorer's export does, so Excel reads the UTF-8 as UTF-8. */
export function problemsCsv(problems: ImportProblem[]): string {
  const lines = [['line', 'column', 'value', 'reason', 'code', 'severity'].join(',')];
  for (const p of problems) {
    lines.push([p.line, p.column, p.value, p.message, p.code, p.severity].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
