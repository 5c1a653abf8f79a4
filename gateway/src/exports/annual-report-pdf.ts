import { annualReportCharts } from './annual-report-charts';
import { WITHHELD, type Language, type ReportTable } from './annual-report-tables';

// The printable annual report: A4, the prison (or region) and the year in the header of every page, each
// table as rows of text, and the charts. A withheld count prints as WITHHELD, as in every other file.

const MARGIN = 40;
const HEADING: Record<Language, string> = { nl: 'Jaarverslag', fr: 'Rapport annuel', en: 'Annual report' };
const NOTE: Record<Language, string> = {
  nl: `${WITHHELD}: niet gepubliceerd (een klein aantal, of een cel die het zou verraden).`,
  fr: `${WITHHELD} : non publié (un petit nombre, ou une cellule qui le révélerait).`,
  en: `${WITHHELD}: withheld (a small count, or a cell that would give one back).`,
};

const text = (cell: ReportTable['rows'][number][number], language: Language) =>
  cell === null
    ? ''
    : typeof cell === 'number'
      ? language === 'en'
        ? String(+cell.toFixed(2))
        : String(+cell.toFixed(2)).replace('.', ',')
      : cell;

const NOTHING: Record<Language, string> = {
  nl: 'Geen gepubliceerde aantallen om te tonen.',
  fr: 'Aucun nombre publié à montrer.',
  en: 'No published counts to draw.',
};

export async function annualReportPdf(
  tables: ReportTable[],
  heading: { subject: string; year: number },
  language: Language,
): Promise<Buffer> {
  const charts = await annualReportCharts(tables, language);
  // Required on the first PDF, not at start (see movement-list-pdf.ts).
  const PDFDocument = require('pdfkit') as typeof import('pdfkit');
  const SVGtoPDF = require('svg-to-pdfkit') as typeof import('svg-to-pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${HEADING[language]} ${heading.subject} ${heading.year}`, Creator: 'CORT graph' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = () => doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const header = () => {
    doc.font('Helvetica-Bold').fontSize(14).text(`${HEADING[language]} — ${heading.subject} — ${heading.year}`, MARGIN, MARGIN);
    doc.font('Helvetica').fontSize(8).text(NOTE[language]);
    doc.moveDown(0.8);
  };
  doc.on('pageAdded', header);
  header();

  for (const table of tables) {
    if (doc.y + 60 > bottom()) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).text(table.title, MARGIN, doc.y);
    doc.moveDown(0.3);
    // Label columns (category, domain, code…) get more room than the counts beside them.
    const weights = table.columns.map((_, i) => (table.rows.some((r) => typeof r[i] === 'string' && r[i] !== WITHHELD) ? 2.4 : 1));
    const unit = width() / weights.reduce((a, b) => a + b, 0);
    const lefts = weights.map((_, i) => MARGIN + weights.slice(0, i).reduce((a, b) => a + b, 0) * unit);
    const row = (cells: string[], bold: boolean) => {
      if (doc.y + 30 > bottom()) doc.addPage();
      const y = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 6.5 : 7.5);
      cells.forEach((cell, i) => doc.text(cell, lefts[i], y, { width: weights[i] * unit - 4, lineBreak: bold, height: bold ? 28 : 10 }));
      doc.y = y + (bold ? 28 : 11);
    };
    row(table.columns, true);
    for (const cells of table.rows)
      row(
        cells.map((cell) => text(cell, language)),
        false,
      );
    doc.moveDown(0.8);
  }

  for (const chart of charts) {
    if (doc.y + 250 > bottom()) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).text(chart.title, MARGIN, doc.y);
    if (!chart.svg) {
      doc.font('Helvetica').fontSize(9).text(NOTHING[language]);
      doc.moveDown(0.8);
      continue;
    }
    SVGtoPDF(doc, chart.svg, MARGIN, doc.y + 6, { width: width(), height: 220, assumePt: true });
    doc.y += 240;
  }
  doc.end();
  return done;
}
