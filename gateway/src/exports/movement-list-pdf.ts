import { hours, type ListHeading, type MovementListAnswer } from './movement-list';

// The printable movement list: A4 landscape, the prison and the day in the header of every page, one
// block per session (time, room, activity) with its participants by section and name, as the list is.

const MARGIN = 40;
const COLUMNS = [
  { title: 'Sectie', width: 90 },
  { title: 'Naam', width: 330 },
  { title: 'Gedetineerdennummer', width: 160 },
  { title: 'Aanwezig', width: 80 },
];

export function movementListPdf(list: MovementListAnswer, heading: ListHeading): Promise<Buffer> {
  // PDFKit is required on the first PDF, not when the gateway starts: some 20 MiB resident that an idle
  // gateway would otherwise carry.
  const PDFDocument = require('pdfkit') as typeof import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `Bewegingslijst ${heading.prisonId} ${list.date}`, Creator: 'CORT graph' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const bottom = () => doc.page.height - MARGIN;
  const header = () => {
    doc.font('Helvetica-Bold').fontSize(16).text(`Bewegingslijst — ${heading.prisonId} — ${list.date}`, MARGIN, MARGIN);
    doc.moveDown(0.5);
  };
  /** One line of a block; `box` draws the empty box the officer ticks on the printed list. */
  const row = (cells: string[], { bold = false, box = false } = {}) => {
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: COLUMNS[i].width - 6, lineBreak: false, ellipsis: true });
      x += COLUMNS[i].width;
    });
    if (box) doc.rect(x - COLUMNS.at(-1)!.width, y, 9, 9).stroke();
    doc.y = y + 15;
    doc.x = MARGIN;
  };
  doc.on('pageAdded', header);
  header();
  if (!list.sessions.length) doc.font('Helvetica').fontSize(11).text('Geen sessies op deze dag.');
  for (const { session, participants } of list.sessions) {
    // A block starts on a new page when its heading and first rows would not fit.
    if (doc.y + 60 > bottom()) doc.addPage();
    const { from, to } = hours(session);
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(`${from}–${to}  ${session.activity?.title ?? ''}  (${session.location?.name ?? ''})`, MARGIN, doc.y);
    doc.moveDown(0.2);
    row(
      COLUMNS.map((c) => c.title),
      { bold: true },
    );
    for (const p of participants) {
      if (doc.y + 15 > bottom()) doc.addPage();
      row([p.section ?? '', `${p.lastName}, ${p.firstName}`, p.detaineeNumber, ''], { box: true });
    }
    if (!participants.length) row(['', 'Niemand verwacht.', '', '']);
    doc.moveDown(0.8);
  }
  doc.end();
  return done;
}
