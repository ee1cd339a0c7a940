/**
 * Delimited text (CSV, semicolon CSV, TSV) to rows of cells, each with the line
 * number a spreadsheet shows for it.
 *
 * Line numbers: we report the spreadsheet row, not the physical line of the
 * text file. The header is line 1 and every record after it one more, so a
 * quoted cell that holds a line break ("first line\nsecond line") makes its
 * record span two physical lines but still one spreadsheet row: the next
 * record is the next row. That is the number a reader sees beside the row in
 * Excel or LibreOffice, where they will fix it. Empty lines are rows too (a
 * spreadsheet shows them), so they count, though they give no problem.
 *
 * Written by hand rather than with papaparse so that the row numbers, the
 * delimiter choice and an unclosed quote are ours to report precisely.
 */

export interface DelimitedRow {
  /** Spreadsheet row number (header = 1). */
  line: number;
  /** Physical line of the text file the row starts on (1-based). */
  physicalLine: number;
  cells: string[];
}

export interface Delimited {
  delimiter: string;
  rows: DelimitedRow[];
  /** Spreadsheet line of a quote that is never closed, if any. */
  unclosedQuoteLine: number | null;
}

const CANDIDATES = [',', ';', '\t'] as const;

/** Counts each candidate outside quotes, record by record, in the first lines. */
function countsPerRecord(text: string, maxRecords: number): Map<string, number[]> {
  const counts = new Map<string, number[]>(CANDIDATES.map((c) => [c, [0]]));
  let quoted = false;
  let records = 1;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[k + 1] === '\n') k++;
      if (++records > maxRecords) break;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted) {
      const list = counts.get(ch);
      if (list) list[list.length - 1]!++;
    }
  }
  return counts;
}

/**
 * The delimiter: the candidate that the header uses and the most following
 * records use the same number of times. A comma inside a quoted cell never
 * counts. Ties go to the comma, then the semicolon.
 */
export function detectDelimiter(text: string): string {
  const counts = countsPerRecord(text, 30);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CANDIDATES) {
    const [head = 0, ...rest] = counts.get(delimiter)!;
    if (head === 0) continue;
    const body = rest.filter((n) => n > 0);
    const same = body.filter((n) => n === head).length;
    // Consistency first (records that split into as many cells as the header), then the number of columns.
    const score = (body.length === 0 ? 1 : same / body.length) * 1000 + Math.min(head, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function parseDelimited(text: string, delimiter = detectDelimiter(text)): Delimited {
  const rows: DelimitedRow[] = [];
  const d = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  const n = text.length;
  let k = 0;
  let physical = 1;
  let unclosedQuoteLine: number | null = null;
  while (k < n) {
    const cells: string[] = [];
    const start = physical;
    const line = rows.length + 1;
    for (;;) {
      if (text.charCodeAt(k) === QUOTE) {
        // A quoted cell: "" is a quote; it ends at the quote before a delimiter, a line break or the end.
        let value = '';
        let from = k + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            value += text.slice(from);
            unclosedQuoteLine ??= line;
            k = n;
            break;
          }
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          k = q + 1;
          break;
        }
        for (let j = 0; j < value.length; j++) {
          const c = value.charCodeAt(j);
          if (c === LF || (c === CR && value.charCodeAt(j + 1) !== LF)) physical++;
        }
        // Text after the closing quote (`"a"b`) belongs to the cell, as spreadsheets read it.
        let tail = k;
        while (tail < n) {
          const c = text.charCodeAt(tail);
          if (c === d || c === LF || c === CR) break;
          tail++;
        }
        cells.push(value + text.slice(k, tail));
        k = tail;
      } else {
        let end = k;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === d || c === LF || c === CR) break;
          end++;
        }
        cells.push(text.slice(k, end));
        k = end;
      }
      if (k >= n) break;
      const c = text.charCodeAt(k);
      if (c === d) {
        k++;
        // A delimiter at the very end still opens one last (empty) cell.
        if (k >= n) cells.push('');
        continue;
      }
      // A line break ends the record.
      k += c === CR && text.charCodeAt(k + 1) === LF ? 2 : 1;
      physical++;
      break;
    }
    rows.push({ line, physicalLine: start, cells });
  }
  return { delimiter, rows, unclosedQuoteLine };
}
