import { printable } from './printable.js';

/**
 * Plain-text tables for the terminal. Hand-written: padding columns is a few lines, and the table
 * packages on npm pull in string-width/ANSI handling we do not need for ASCII ids and paths. Cells
 * may quote a server, so they are made printable first.
 */
export function formatTable(headers: string[], cells: string[][]): string {
  const rows = cells.map((row) => row.map((cell) => printable(cell ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function printTable(headers: string[], rows: string[][]): void {
  console.log(formatTable(headers, rows));
}
