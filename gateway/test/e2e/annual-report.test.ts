import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { all, attendanceWorld, recordAttendance, type AttendanceWorld } from './attendance-fixtures';
import { organisationWithPeople } from './cort-fixtures';
import { activityInput, isoDate, publishedActivity, roomsOf } from './fixtures';
import { contract, startGraph, type Graph } from './graph';
import { eventually } from './wait';
import { REPORT_LABELS } from '../../src/exports/annual-report-labels';

const HOUR = 3_600_000;

/** contract/web/AnnualReport.graphql, verbatim. */
const ANNUAL_REPORT = contract('web/AnnualReport.graphql');

const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { organisation { id } } }`;
const RECORD_HOURS = `mutation($input: RecordVolunteerHoursInput!) { recordVolunteerHours(input: $input) { person { id } } }`;
const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { actionPlan { id } } }`;
const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { goal { id } } }`;
const ADD_ACTION = `mutation($input: AddActionInput!) { addAction(input: $input) { action { id } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`;

// The annual report through the gateway, from reporting's projections of the activities, participants and
// organisations feeds: a SOCIOCULTURAL/CULTURE activity with two sessions held and six participants present
// at both, an EDUCATIONAL/EDUCATION activity whose only session was cancelled for a lockdown, and partners:
// the world's organisation (an agreement from a year ago, one trainer) and a volunteers' organisation (an
// agreement since January of last year, five volunteers, hours recorded last year and this year), with the
// action plans of both years.
describe('contract: web (annual report, reporting)', () => {
  let graph: Graph;
  let world: AttendanceWorld;
  let analyst: string;
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));

  beforeAll(async () => {
    graph = await startGraph();
    world = await attendanceWorld(graph, { sessionHours: [-5, -3], participants: 6 });
    for (const sessionId of world.sessionIds) {
      const recorded = await recordAttendance(graph, world.coordinator, sessionId, all(world, 'PRESENT'));
      if (recorded.errors) throw new Error(JSON.stringify(recorded.errors));
    }
    const [room] = await roomsOf(graph, world.coordinator, 'HAREN');
    const startsAt = Date.now() - 8 * HOUR;
    const sessions = [{ startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + HOUR).toISOString(), locationId: room.id }];
    const lessons = await publishedActivity(
      graph,
      world.coordinator,
      activityInput('HAREN', world.organisationId, { category: 'EDUCATIONAL', domain: 'EDUCATION', sessions }),
    );
    const session = await graph.activities.prisma.session.findFirstOrThrow({ where: { activityId: lessons } });
    const cancelled = await graph.send(
      'mutation($id: ID!) { cancelSession(id: $id, reason: "Lockdown", reasonCode: LOCKDOWN) { session { id } } }',
      { id: session.id },
      world.coordinator,
    );
    expect(cancelled.errors).toBeUndefined();
    analyst = await graph.token({ roles: ['ANALYST'], prisons: ['HAREN'] });
    await partnersAndPlans();
    // A whole graph, a world and a cancellation: a minute or more on a busy machine.
  }, 240_000);
  afterAll(() => graph?.stop());

  async function partnersAndPlans() {
    const send = async (query: string, input: Record<string, unknown>, token = world.coordinator) => {
      const answer = await graph.send(query, { input }, token);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data;
    };
    const volunteers = ['An', 'Bart', 'Chloé', 'Dirk', 'Els'].map((firstName) => ({
      firstName,
      lastName: 'Vrijwilliger',
      role: 'VOLUNTEER',
    }));
    const { organisationId, personIds } = await organisationWithPeople(
      graph,
      world.coordinator,
      ['HAREN'],
      'Vrijwilligers Haren',
      volunteers,
    );
    await send(RECORD_AGREEMENT, {
      organisationId,
      prisonIds: ['HAREN'],
      kind: 'VOLUNTEER_AGREEMENT',
      validFrom: `${year - 1}-01-01`,
      documentReference: 'VA-HAREN-1',
    });
    await send(RECORD_HOURS, { personId: personIds[0], prisonId: 'HAREN', date: `${year - 1}-06-15`, hours: 3.25, kind: 'TRAINING' });
    await send(RECORD_HOURS, { personId: personIds[1], prisonId: 'HAREN', date: isoDate(-2), hours: 2.5, kind: 'TRAINING' });
    const policyCoordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    for (const [planYear, titles] of [
      [year - 1, ['Infomarkt']],
      [year, ['Werving', 'Opleiding', 'Evaluatie']],
    ] as const) {
      const planId = (await send(CREATE_PLAN, { prisonId: 'HAREN', year: planYear, title: `Actieplan ${planYear}` }, policyCoordinator))
        .createActionPlan.actionPlan.id;
      const goalId = (await send(ADD_GOAL, { actionPlanId: planId, title: 'Meer vrijwilligers' }, policyCoordinator)).addGoal.goal.id;
      for (const title of titles) {
        const actionId = (
          await send(ADD_ACTION, { goalId, title, ownerOrganisationId: organisationId, dueOn: `${planYear}-12-31` }, policyCoordinator)
        ).addAction.action.id;
        if (title !== 'Werving') continue;
        for (const status of ['IN_PROGRESS', 'DONE']) await send(UPDATE_ACTION, { id: actionId, status }, policyCoordinator);
      }
    }
  }

  const report = (bearer: string, prisonId = 'HAREN') => graph.send(ANNUAL_REPORT, { prisonId, year }, bearer);
  const withheld = { value: null, suppressed: true, previousYear: 0 };
  const shown = (value: number) => ({ value, suppressed: false, previousYear: 0 });
  const zero = shown(0);

  it('reports every table, small counts withheld, each with the previous year', async () => {
    const answer = await eventually(
      () => report(analyst),
      (a) =>
        a.data?.annualReport.attendance.find((c: any) => c.category === 'SOCIOCULTURAL')?.rate === 1 &&
        a.data.annualReport.cancellationReasons[0].sessions.suppressed,
    );
    expect(answer.errors).toBeUndefined();
    const figures = answer.data.annualReport;
    expect(figures.prison).toEqual({ id: 'HAREN' });
    expect(figures.year).toBe(year);
    expect(figures.offer).toHaveLength(18);
    const offerOf = (category: string, domain: string) => figures.offer.find((r: any) => r.category === category && r.domain === domain);
    expect(offerOf('SOCIOCULTURAL', 'CULTURE')).toEqual({
      category: 'SOCIOCULTURAL',
      domain: 'CULTURE',
      activities: withheld,
      sessionsHeld: withheld,
      sessionsCancelled: zero,
      hours: withheld,
      participants: shown(6),
    });
    expect(offerOf('EDUCATIONAL', 'EDUCATION')).toMatchObject({ activities: zero, sessionsCancelled: withheld, participants: zero });
    expect(offerOf('PSYCHOSOCIAL', 'HEALTH')).toMatchObject({ activities: zero, sessionsHeld: zero, hours: zero });
    expect(figures.participantsByTargetGroup).toContainEqual({ gender: 'MALE', legalStatus: 'CONVICTED', participants: shown(6) });
    expect(figures.participantsByTargetGroup).toContainEqual({ gender: 'FEMALE', legalStatus: 'SUSPECT', participants: zero });
    const sociocultural = figures.attendance.find((c: any) => c.category === 'SOCIOCULTURAL');
    expect(sociocultural.rate).toBe(1);
    expect(sociocultural.marks[0]).toEqual({ code: 'PRESENT', count: { value: 12, suppressed: false } });
    expect(figures.attendance.find((c: any) => c.category === 'EDUCATIONAL').rate).toBeNull();
    expect(figures.cancellationReasons[0]).toEqual({ reason: 'LOCKDOWN', sessions: { value: null, suppressed: true } });
    expect(figures.cancellationReasons.slice(1).every((r: any) => r.sessions.value === 0)).toBe(true);
    expect(figures.dropouts).toEqual([]);
    // Enrolled on request, no screening: six people who waited 0 days.
    expect(figures.waitingDays).toEqual([
      { category: 'EDUCATIONAL', median: null },
      { category: 'PSYCHOSOCIAL', median: null },
      { category: 'SOCIOCULTURAL', median: 0 },
    ]);
    expect(figures.needs).toEqual({ wishes: 0, answered: 0 });
  });

  it("reports the partners and the action plan from the organisations' events, small counts withheld, with last year's", async () => {
    const answer = await eventually(
      () => report(analyst),
      // Every event reached reporting: the hours, the three actions (the first of them done before the other two were added).
      (a) =>
        a.data?.annualReport.partners.volunteerHours === 2.5 &&
        a.data.annualReport.actionPlan.actions === 3 &&
        a.data.annualReport.actionPlan.done === 1,
    );
    expect(answer.errors).toBeUndefined();
    // Two organisations with an agreement and one trainer: withheld; five volunteers; 2.5 hours recorded this year.
    expect(answer.data.annualReport.partners).toEqual({
      organisations: { value: null, suppressed: true },
      staff: { value: null, suppressed: true },
      volunteers: { value: 5, suppressed: false },
      volunteerHours: 2.5,
    });
    expect(answer.data.annualReport.actionPlan).toEqual({ actions: 3, done: 1 });
    const before = await graph.send(
      `query($p: ID!, $y: Int!) { annualReport(prisonId: $p, year: $y) {
        partners { organisations { previousYear } staff { previousYear } volunteers { previousYear } volunteerHoursPreviousYear }
        actionPlan { actionsPreviousYear donePreviousYear } } }`,
      { p: 'HAREN', y: year },
      analyst,
    );
    expect(before.errors).toBeUndefined();
    // Last year: two organisations (withheld there: null), nobody active yet, 3.25 hours, one action not done.
    expect(before.data.annualReport).toEqual({
      partners: {
        organisations: { previousYear: null },
        staff: { previousYear: 0 },
        volunteers: { previousYear: 0 },
        volunteerHoursPreviousYear: 3.25,
      },
      actionPlan: { actionsPreviousYear: 1, donePreviousYear: 0 },
    });
  });

  it('is read by the coordinators and analysts of the prison only', async () => {
    const coordinator = await graph.token({ roles: ['POLICY_COORDINATOR'], prisons: ['HAREN'] });
    expect((await report(coordinator)).errors).toBeUndefined();
    const partner = await graph.token({ roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: world.organisationId });
    const elsewhere = await graph.token({ roles: ['ANALYST'], prisons: ['GENT'] });
    for (const bearer of [partner, elsewhere, world.volunteer]) {
      const refused = await report(bearer);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeUndefined();
    }
  });

  it('reports a region: its prisons together, for the policy coordinators and analysts of a prison there', async () => {
    const query =
      'query($region: Region!, $year: Int!) { regionReport(region: $region, year: $year) { region year offer { category domain participants { value } } } }';
    const regionOf = (bearer: string, region: string) => graph.send(query, { region, year }, bearer);
    const brussels = await regionOf(analyst, 'BRUSSELS');
    expect(brussels.errors).toBeUndefined();
    expect(brussels.data.regionReport.region).toBe('BRUSSELS');
    // Haren is the one prison of Brussels: its figures.
    expect(brussels.data.regionReport.offer).toContainEqual({ category: 'SOCIOCULTURAL', domain: 'CULTURE', participants: { value: 6 } });
    const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    for (const [bearer, region] of [
      [analyst, 'FLANDERS'],
      [coordinator, 'BRUSSELS'],
    ] as const)
      expect((await regionOf(bearer, region)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  const download = (file: string, bearer?: string) =>
    fetch(new URL(`/exports/annual-report/${file}`, graph.gatewayUrl), { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  it('downloads the report as XLSX, read back with the same figures as the query, never cached', async () => {
    const response = await download(`HAREN/${year}.xlsx?language=fr`, analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Offre par catégorie et domaine');
    const offer = workbook.getWorksheet('Offre par catégorie et domaine')!;
    expect(offer.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = offer.getSheetValues().filter(Boolean) as unknown[][];
    const culture = rows.find((row) => row[1] === 'Socioculturel' && row[2] === 'Culture')!;
    // Activities withheld (x), participants 6 as a number, last year's 0.
    expect(culture.slice(3)).toEqual(['x', 0, 'x', 0, 0, 0, 'x', 0, 6, 0]);
    const attendance = workbook.getWorksheet('Présence par catégorie')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(attendance).toContainEqual([undefined, 'Socioculturel', 1, 'Présent', 12]);
    // By month: twelve months by name, the twelve marks PRESENT in the month(s) of the sessions.
    const months = workbook.getWorksheet('Présence par mois')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(months[0].slice(1, 3)).toEqual(['Mois', 'Présents']);
    expect(months.slice(1).map((row) => row[1])).toContain('janvier');
    expect(months.slice(1).reduce((sum, row) => sum + Number(row[2] === 'x' ? 0 : row[2]), 0)).toBe(12);
    const partners = workbook.getWorksheet('Partenaires')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(partners).toEqual([
      [undefined, 'Organisations sous convention', 'Personnel', 'Bénévoles', 'Heures de bénévolat'],
      [undefined, 'x', 'x', 5, 2.5],
    ]);
    const plan = workbook.getWorksheet("Plan d'action")!.getSheetValues().filter(Boolean) as unknown[][];
    expect(plan).toEqual([
      [undefined, 'Actions', 'Réalisées'],
      [undefined, 3, 1],
    ]);
  });

  it('downloads one table as CSV: UTF-8 with a byte order mark, ; between fields, in the language asked', async () => {
    const response = await download(`HAREN/${year}/target-groups.csv?language=nl`, analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Geslacht;Juridisch statuut;Deelnemers;Deelnemers (vorig jaar)');
    expect(lines).toContain('mannen;veroordeeld;6;0');
  });

  it('downloads the report as a PDF: A4, the prison and year on every page, the tables and the charts, the same figures', async () => {
    const response = await download(`HAREN/${year}.pdf?language=en`, analyst);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    const { text: pages } = await extractText(pdf, { mergePages: false });
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(`Annual report — HAREN — ${year}`);
      const [x, y, width, height] = (await pdf.getPage(index + 1)).view;
      expect([Math.round(width - x), Math.round(height - y)]).toEqual([595, 842]);
    }
    const text = pages.join('\n');
    for (const title of [
      'Offer by category and domain',
      'Participants by target group',
      'Attendance by category',
      'Cancelled sessions by reason',
      'Partners',
      'Action plan',
    ])
      expect(text).toContain(title);
    // The partners (organisations and staff withheld, five volunteers, 2.5 hours) and the plan (3 actions, 1 done).
    expect(text).toMatch(/Volunteer hours\s+x\s+x\s+5\s+2\.5/);
    expect(text).toMatch(/Action plan\s+Actions\s+Done\s+3\s+1/);
    // The query's figures: 6 participants of SOCIOCULTURAL/CULTURE (activities withheld), 12 marks PRESENT.
    expect(text).toMatch(/Sociocultural\s+Culture\s+x\s+0\s+x\s+0\s+0\s+0\s+x\s+0\s+6\s+0/);
    expect(text).toMatch(/Sociocultural\s+1\s+Present\s+12/);
    expect(text).toContain('Attendance by month');
    // The charts are drawn, with their titles and the categories on their axes.
    expect(text).toContain('Activities by category and domain');
    expect(text).toContain('Marks by code and category');
    expect(text).toContain('Present and absent by month');
  });

  it('writes every code in the language asked, in the CSV, the XLSX and the PDF (tables and charts), never the raw code', async () => {
    const codes = [...new Set(Object.values(REPORT_LABELS).flatMap((labels) => Object.keys(labels)))];
    const rawCode = new RegExp(`\\b(${codes.join('|')})\\b`);
    const expected = {
      nl: ['Socio-cultureel', 'Cultuur', 'Aanwezig', 'Lockdown', 'mannen', 'veroordeeld', 'Educatief', 'maart'],
      fr: ['Socioculturel', 'Culture', 'Présent', 'Confinement', 'hommes', 'condamnés', 'Éducatif', 'mars'],
      en: ['Sociocultural', 'Culture', 'Present', 'Lockdown', 'men', 'convicted', 'Educational', 'March'],
    };
    for (const [language, labels] of Object.entries(expected)) {
      const pdf = await getDocumentProxy(
        new Uint8Array(await (await download(`HAREN/${year}.pdf?language=${language}`, analyst)).arrayBuffer()),
      );
      const { text } = await extractText(pdf, { mergePages: true });
      for (const words of labels) expect({ language, text: text.includes(words) }).toEqual({ language, text: true });
      expect({ language, raw: text.match(rawCode)?.[0] }).toEqual({ language, raw: undefined });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(await (await download(`HAREN/${year}.xlsx?language=${language}`, analyst)).arrayBuffer()) as unknown as ArrayBuffer,
      );
      const cells = workbook.worksheets.flatMap((sheet) => (sheet.getSheetValues().filter(Boolean) as unknown[][]).flat()).map(String);
      expect({ language, raw: cells.find((cell) => rawCode.test(cell)) }).toEqual({ language, raw: undefined });
      for (const table of ['offer', 'target-groups', 'attendance', 'months', 'cancellations', 'dropouts', 'waiting']) {
        const csv = await (await download(`HAREN/${year}/${table}.csv?language=${language}`, analyst)).text();
        expect({ language, table, raw: csv.match(rawCode)?.[0] }).toEqual({ language, table, raw: undefined });
      }
    }
    // The same figure in each language: 12 marks PRESENT of the sociocultural activity.
    const fr = await (await download(`HAREN/${year}/attendance.csv?language=fr`, analyst)).text();
    expect(fr).toContain('Socioculturel;1;Présent;12');
  });

  it('refuses the download as it refuses the query: another prison, anonymous callers', async () => {
    const elsewhere = await graph.token({ roles: ['ANALYST'], prisons: ['GENT'] });
    expect((await download(`HAREN/${year}.xlsx`, elsewhere)).status).toBe(403);
    expect((await download(`HAREN/${year}/offer.csv`)).status).toBe(401);
    expect((await download(`HAREN/${year}/nothing.csv`, analyst)).status).toBe(404);
  });
});
