import type { Cell, Language, ReportTable } from './annual-report-tables';
import { csvField } from './movement-list-csv';

// The annual report's files, every table rendered the same way.

/** Excel reads a UTF-8 file's accents right only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/** A number as Belgian Excel reads it: a decimal comma in Dutch and French, a point in English. */
const numberText = (value: number, language: Language) => (language === 'en' ? String(value) : String(value).replace('.', ','));

/** A field for `;`-separated CSV: quoted when it holds `;`, a quote or a line break; formulas kept as text. */
function field(cell: Cell, language: Language): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell, language);
  const text = csvField(cell);
  return /[;"\r\n]/.test(text) && !text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV: UTF-8 with a byte order mark, `;` between fields (what Belgian Excel expects), CRLF lines. */
export function tableCsv(table: ReportTable, language: Language): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map((cell) => field(cell, language)).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Every table as one sheet of a workbook: the header row frozen, numbers as numbers, the title in the sheet's name. */
export async function reportXlsx(tables: ReportTable[], heading: { subject: string; year: number }): Promise<Buffer> {
  // Required on the first workbook, not at start: ExcelJS alone is some 30 MiB resident.
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${heading.subject} ${heading.year}`;
  for (const table of tables) {
    // Sheet names are at most 31 characters.
    const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
    sheet.columns.forEach((column) => (column.width = 18));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
