/** Aligns columns for a terminal, measuring by code points so Hebrew or accented names line up. */
export function formatTable(headers: string[], rows: string[][]): string {
  const width = (text: string): number => [...text].length;
  const widths = headers.map((header, column) => Math.max(width(header), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => cell + ' '.repeat(Math.max(0, widths[column]! - width(cell)))).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
