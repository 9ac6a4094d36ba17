/**
 * Reads CSV (RFC 4180): fields separated by commas, quoted with double quotes
 * when they hold commas, quotes or line breaks, quotes doubled inside.
 * Yields each record with the line it started on.
 */
export function* csvRecords(text: string): Generator<{ line: number; cells: string[] }> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark from spreadsheet exports
  const endRecord = function* () {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') yield { line: startLine, cells };
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      yield* endRecord();
      line++;
      startLine = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length) yield* endRecord();
}
