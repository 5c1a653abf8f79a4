import { extractText, getDocumentProxy } from 'unpdf';
import { startGraph, type Graph } from './graph';
import { movementDay, type MovementDay } from './movement-list-fixtures';

// The movement list downloaded as CSV and PDF through the gateway (/exports/movement-list/…): the same
// sessions and names as the GraphQL answer, read back with an independent CSV parse and PDF reader; the
// same access rule, audited, never cached.
describe('the movement list as CSV and PDF', () => {
  let graph: Graph;
  let day: MovementDay;
  let prisonStaff: string;
  let answer: any;

  beforeAll(async () => {
    graph = await startGraph({ followIntervalMs: 50 });
    day = await movementDay(graph);
    prisonStaff = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['HAREN'] });
    const read = await graph.run('web/MovementList.graphql', { prisonId: 'HAREN', date: day.date, language: 'NL' }, prisonStaff);
    expect(read.errors).toBeUndefined();
    answer = read.data.movementList;
  }, 180_000);
  afterAll(() => graph?.stop());

  const download = (file: string, bearer?: string) =>
    fetch(new URL(`/exports/movement-list/${file}`, graph.gatewayUrl), { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  /** RFC 4180 as a spreadsheet reads it: quoted fields, doubled quotes, CRLF records. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted && c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (quoted && c === '"') quoted = false;
      else if (quoted) field += c;
      else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        i++;
      } else field += c;
    }
    return rows;
  }

  it('CSV: one row per participant and session, the same as the GraphQL answer, never cached', async () => {
    const response = await download(`HAREN/${day.date}.csv`, prisonStaff);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const [head, ...rows] = parseCsv(await response.text());
    expect(head).toEqual(['date', 'prison', 'start', 'end', 'room', 'activity', 'section', 'lastName', 'firstName', 'detaineeNumber']);
    const expected = answer.sessions.flatMap((s: any) =>
      s.participants.map((p: any) => [
        day.date,
        'HAREN',
        s.session.location.name,
        s.session.activity.title,
        p.section ?? '',
        p.lastName,
        p.firstName,
        p.detaineeNumber,
      ]),
    );
    expect(rows.map((r) => [r[0], r[1], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual(expected);
    expect(rows.map((r) => r[2])).toEqual(['10:00', '10:00', '10:00', '10:30', '10:30', '14:00', '14:00', '14:00']);
    expect(rows.some((r) => r[7] === 'Zeeman')).toBe(false);
  });

  it('PDF: A4 landscape, the prison and day in the header, each session with its participants in order', async () => {
    const response = await download(`HAREN/${day.date}.pdf`, prisonStaff);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const page = await pdf.getPage(1);
    const [, , width, height] = page.view;
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('HAREN');
    expect(text).toContain(day.date);
    // Every session's title and every participant in the order of the GraphQL answer.
    const wanted = answer.sessions.flatMap((s: any) => [
      s.session.activity.title,
      ...s.participants.map((p: any) => `${p.lastName}, ${p.firstName}`),
    ]);
    let at = 0;
    for (const piece of wanted) {
      const found = text.indexOf(piece, at);
      expect([piece, found >= 0]).toEqual([piece, true]);
      at = found + piece.length;
    }
    for (const p of answer.sessions.flatMap((s: any) => s.participants)) expect(text).toContain(p.detaineeNumber);
    expect(text).not.toContain('Zeeman');
  });

  it('the same access rule: anonymous 401, partner staff and another prison 403, an unknown format 404; audited', async () => {
    const staff = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: day.organisationId });
    const gent = await graph.token({ roles: ['PRISON_STAFF'], prisons: ['GENT'] });
    expect((await download(`HAREN/${day.date}.pdf`)).status).toBe(401);
    for (const bearer of [staff, gent]) {
      const refused = await download(`HAREN/${day.date}.csv`, bearer);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      expect(await refused.text()).not.toMatch(/Claes|Aerts|Wouters/);
    }
    expect((await download(`HAREN/${day.date}.xls`, prisonStaff)).status).toBe(404);
    expect((await download(`HAREN/tomorrow.csv`, prisonStaff)).status).toBe(400);

    const before = await graph.participants.prisma.auditEvent.count({ where: { operationName: 'MovementList' } });
    expect((await download(`HAREN/${day.date}.csv`, day.coordinator)).status).toBe(200);
    const after = await graph.participants.prisma.auditEvent.count({ where: { operationName: 'MovementList' } });
    expect(after - before).toBe(4);
  });
});
