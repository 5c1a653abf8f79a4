import { belgianInstant, belgianDate } from '@cort/common';
import { parseCalendar } from '../parse-ical';
import { activityInput, isoDate, partnerIn, roomsOf } from './fixtures';
import { DIRECTORY_SETUP_MS, expectNothingPersonal, startDirectoryGraph, type DirectoryGraph } from './directory-fixtures';

/** A Belgian wall-clock time some days from now, as an instant (early morning: no demo session is then). */
const belgianAt = (offsetDays: number, time: string) =>
  belgianInstant(belgianDate(new Date(Date.now() + offsetDays * 86_400_000)), time)!.toISOString();

// The directory's calendars: one activity's, one prison's; anonymous, public, cached, rate-limited like GraphQL.
describe('directory: iCalendar feeds', () => {
  let directory: DirectoryGraph;
  let coordinator: string;
  const ids: Record<string, string> = {};
  const sessions = [2, 4, 9].map((day) => ({ startsAt: belgianAt(day, '06:00'), endsAt: belgianAt(day, '07:30') }));

  beforeAll(async () => {
    directory = await startDirectoryGraph({
      gateway: { rateLimits: { anonymousPerMinute: 60, userPerMinute: 10_000, keyPrefix: 'ical' } },
    });
    const { graph } = directory;
    coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: ['HAREN'] });
    const organisationId = await partnerIn(graph, coordinator, 'HAREN', 'Leeshuis Haren');
    const [room] = await roomsOf(graph, coordinator, 'HAREN');
    const create = async (overrides: Record<string, unknown>) => {
      const answer = await graph.run(
        'web/CreateActivity.graphql',
        { input: activityInput('HAREN', organisationId, { startsOn: isoDate(0), ...overrides }) },
        coordinator,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data.createActivity.activity.id as string;
    };
    ids.published = await create({ sessions: sessions.map((session) => ({ ...session, locationId: room.id })) });
    ids.draft = await create({ title: { nl: 'Nog een ontwerp' } });
    expect((await graph.run('web/PublishActivity.graphql', { id: ids.published }, coordinator)).errors).toBeUndefined();
    const [, second] = await graph.activities.prisma.session.findMany({
      where: { activityId: ids.published },
      orderBy: { startsAt: 'asc' },
    });
    const cancelled = await graph.send(
      `mutation($id: ID!) { cancelSession(id: $id, reason: "Zaal bezet") { session { status } } }`,
      { id: second.id },
      coordinator,
    );
    expect(cancelled.errors).toBeUndefined();
    ids.cancelledSession = second.id;
  }, DIRECTORY_SETUP_MS);
  afterAll(() => directory?.graph.stop());

  it("an activity's calendar: its coming sessions in Belgian time with the VTIMEZONE, titled in ?lang=, cacheable", async () => {
    const answer = await directory.get(`/directory/ical/activities/${ids.published}.ics?lang=fr`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.headers.get('content-language')).toBe('fr');
    expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expectNothingPersonal(answer.text);
    const calendar = parseCalendar(answer.text);
    expect(calendar.timezones).toEqual(['Europe/Brussels']);
    for (const event of calendar.events)
      expect(event).toMatchObject({ summary: 'Atelier dessin et peinture', startZone: 'Europe/Brussels' });
    const times = (list: typeof sessions) =>
      list.map((session) => [new Date(session.startsAt).toISOString(), new Date(session.endsAt).toISOString()]);
    const confirmed = calendar.events.filter((event) => event.status === 'CONFIRMED').map((event) => [event.startsAt, event.endsAt]);
    expect(confirmed).toEqual(times([sessions[0], sessions[2]]));
    // The cancelled session stays in the calendar, STATUS:CANCELLED under its own UID, so subscribers see it go.
    const cancelled = calendar.events.filter((event) => event.status === 'CANCELLED');
    expect(cancelled.map((event) => [event.startsAt, event.endsAt])).toEqual(times([sessions[1]]));
    expect(cancelled[0].uid).toBe(`session-${ids.cancelledSession}@directory.cort`);
    expect(answer.text).not.toContain('Zaal bezet');

    const again = await directory.get(`/directory/ical/activities/${ids.published}.ics?lang=fr`, {
      'if-none-match': answer.headers.get('etag')!,
    });
    expect(again.status).toBe(304);
  });

  it("a prison's calendar: the coming sessions of its published activities only", async () => {
    const answer = await directory.get('/directory/ical/prisons/haren.ics?lang=en');
    expect(answer.status).toBe(200);
    expectNothingPersonal(answer.text);
    const calendar = parseCalendar(answer.text);
    expect(calendar.events.length).toBeGreaterThan(2);
    expect(new Set(calendar.events.map((event) => event.location))).toEqual(new Set(['Haren Prison']));
    expect(calendar.events.map((event) => event.uid)).toEqual(expect.arrayContaining([`session-${ids.cancelledSession}@directory.cort`]));
    expect(answer.text).not.toContain(ids.draft);
    const sorted = [...calendar.events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    expect(calendar.events.map((event) => event.startsAt)).toEqual(sorted.map((event) => event.startsAt));
  });

  it('answers NOT_FOUND for a draft, an unknown activity or prison, and a name that is not a calendar', async () => {
    for (const path of [
      `activities/${ids.draft}.ics`,
      'activities/0a000000-0000-4000-8000-000000000001.ics',
      `activities/${ids.published}`,
      'prisons/NOWHERE.ics',
    ]) {
      const answer = await directory.get(`/directory/ical/${path}`);
      expect({ path, status: answer.status, code: JSON.parse(answer.text).errors[0].extensions.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('spends the same anonymous budget as the GraphQL directory operations', async () => {
    let status = 200;
    for (let i = 0; i < 80 && status !== 429; i++) status = (await directory.get('/directory/ical/prisons/HAREN.ics')).status;
    expect(status).toBe(429);
    const feed = await directory.get('/directory/hsds/services');
    expect(feed.status).toBe(429);
    expect(Number(feed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(feed.headers.get('cache-control')).toBe('no-store');
    const graphql = await directory.graph.run('directory/Prisons.graphql', { language: 'NL' });
    expect(graphql.status).toBe(429);
  });
});
