/**
 * One CSV line as RFC 4180 wants it (CRLF, quotes doubled), every cell passed through the
 * formula guard first: exports are opened in spreadsheets, and a contact's notes are not a
 * formula the user meant to run.
 */
import { neutralizeFormula } from '../formula-guard';

export const CSV_LINE_END = '\r\n';

export function quoteCsvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => quoteCsvCell(neutralizeFormula(cell))).join(',') + CSV_LINE_END;
}
