/**
 * CSV as spreadsheets read it: written UTF-8 with a BOM (so Excel sees the accents), CRLF and RFC 4180
 * quoting, `;` in French (where `,` is the decimal comma) and `,` in English; read back from whatever a
 * register holds: `;`, `,` or tabs, a BOM or none, UTF-8 or Windows-1252.
 */
import type { Language } from '@shared/domain/settings';
import { DomainError } from '@shared/result';
import { isDayCell, neutralizeFormula, type Sheet } from './sheets';

export const csvSeparator = (language: Language) => (language === 'fr' ? ';' : ',');

export function writeCsv(sheet: Sheet, language: Language): string {
  const separator = csvSeparator(language);
  const quote = (text: string) => {
    const safe = neutralizeFormula(text);
    return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [
    sheet.columns.map((c) => quote(c.header)),
    ...sheet.rows.map((row) =>
      row.map((cell) =>
        cell === null
          ? ''
          : typeof cell === 'number'
            ? language === 'fr'
              ? String(cell).replace('.', ',')
              : String(cell)
            : isDayCell(cell)
              ? cell.day
              : quote(cell),
      ),
    ),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(separator)).join('\r\n')}\r\n`;
}

/** Text from a file's bytes: UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel saves in Europe). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The separator that the first lines use most, outside quotes; `;` wins a tie (French files). */
export function detectSeparator(text: string): string {
  const candidates = [';', ',', '\t'];
  const counts = candidates.map(() => 0);
  let inQuotes = false;
  let lines = 0;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === '\n' && ++lines >= 30) break;
    else if (!inQuotes) {
      const i = candidates.indexOf(char);
      if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  const best = counts.indexOf(Math.max(...counts));
  return candidates[best] ?? ';';
}

/**
 * Reads CSV text into rows of cells (RFC 4180: quoted fields may hold separators, quotes doubled and line
 * breaks). A quote inside an unquoted field is kept as text, as spreadsheets do.
 */
export function readCsv(text: string, maxRows: number): string[][] {
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    if (rows.length > maxRows) {
      throw new DomainError(
        'invalid-input',
        `The file has more than ${maxRows} rows: it is not read.`,
        'file',
      );
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === separator) endField();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
