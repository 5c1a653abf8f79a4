// The year itself, on running services (their `prisma` and their feed followers): each service's own
// bulk steps (@cort/<service>/simulate) write its data and its events; the other services learn it from
// the feeds, as they would in production. Phases in order, because each needs the previous one's events:
// the offer (activities), the partner organisations (organisations), the detainees (participants), the feed to
// participants, the enrolments, every feed read, the roll calls (participants) with reporting's lag sampled
// meanwhile, then the feeds to reporting until nothing is left to read.
const { PRISONS } = require('@cort/activities/prisons');
const { simulateOffer } = require('@cort/activities/simulate');
const { simulatePartners } = require('@cort/organisations/simulate');
const { simulateDetainees, simulateEnrolments, simulateMarks } = require('@cort/participants/simulate');
const { eventsWritten, unreadAgeMs, waitCaughtUp } = require('./caught-up');
const { lagSummary, sampleEvery } = require('./lag');
const { seededDraw } = require('./random');

// One activity per twenty detainees, each enrolling a dozen or so twice a week: with 400 detainees a
// prison has about 28 000 marks a year, 36 such prisons about a million.
const DETAINEES_PER_ACTIVITY = 20;

/**
 * The prisons the simulation fills: the first `count` of the reference list (Flanders and Brussels), which
 * has fewer than the 36 Belgian prisons; the rest are not invented, and the answer says how many it took.
 */
function prisonsFor(count) {
  return PRISONS.slice(0, count).map((p) => p.id);
}

/**
 * Simulates `options.year` in the prisons; `bars.phase(name, total)` returns an { increment(n), update(v) }
 * for each phase's progress. Returns the totals.
 */
async function simulateYear(services, options, bars) {
  const draw = seededDraw(options.seed);
  const prisons = prisonsFor(options.prisons);
  // Sessions that ended before this are held and marked: the year so far. `until` stops the roll calls
  // earlier (a test); the sessions are held all the same, as the activities service's sweep would.
  const heldBefore = new Date(Math.min(Date.now(), Date.UTC(options.year + 1, 0, 1)));
  const markedBefore = options.until ?? heldBefore;
  const activitiesPerPrison = Math.max(1, Math.ceil(options.detainees / DETAINEES_PER_ACTIVITY));
  const totals = { prisons: prisons.length, activities: 0, sessions: 0, partners: 0, detainees: 0, requests: 0, marks: 0, lag: undefined };

  let bar = bars.phase('offer', prisons.length);
  for (const prisonId of prisons) {
    const written = await simulateOffer(services.activities.prisma, {
      prisonId,
      year: options.year,
      activities: activitiesPerPrison,
      heldBefore,
      draw,
    });
    totals.activities += written.activities;
    totals.sessions += written.sessions;
    bar.increment(1);
  }
  bar.stop();

  // The partners who organise and facilitate that offer, their agreements and volunteers' hours.
  bar = bars.phase('partners', 1);
  const partners = await simulatePartners(services.organisations.prisma, {
    prisonIds: prisons,
    year: options.year,
    before: heldBefore,
    draw,
  });
  totals.partners = partners.organisations;
  bar.increment(1);
  bar.stop();

  bar = bars.phase('detainees', prisons.length * options.detainees);
  for (const prisonId of prisons)
    await simulateDetainees(services.participants.prisma, prisonId, options.detainees, draw, (n) => bar.increment(n));
  totals.detainees = prisons.length * options.detainees;
  bar.stop();

  // The participants service enrols only in activities its feed has brought.
  await catchUp(services, bars, 'offer to participants', { participants: services.participants, activities: services.activities });

  bar = bars.phase('requests', prisons.length * activitiesPerPrison);
  for (const prisonId of prisons)
    totals.requests += await simulateEnrolments(services.participants.prisma, prisonId, draw, () => bar.increment(1));
  bar.stop();

  // Held sessions reach the participants service from the feed too; the roll call follows them. Reporting
  // reads everything so far too, so that its lag sampled during the roll calls is theirs alone.
  await catchUp(services, bars, 'before the roll calls', services);
  bar = bars.phase('marks', await expectedMarks(services.participants.prisma, prisons, markedBefore));
  // Reporting follows the roll calls as they are written: its lag, sampled every second, at this event rate.
  const before = { events: await eventsWritten(services), at: Date.now() };
  const sampler = sampleEvery(() => unreadAgeMs(services));
  let samples;
  try {
    for (const prisonId of prisons)
      totals.marks += await simulateMarks(services.participants.prisma, prisonId, markedBefore, draw, {
        progress: (n) => bar.increment(n),
      });
  } finally {
    samples = await sampler.stop();
  }
  totals.lag = lagSummary(samples, { events: (await eventsWritten(services)) - before.events, seconds: (Date.now() - before.at) / 1000 });
  bar.stop();

  await catchUp(services, bars, 'reporting', services);
  return totals;
}

/** The marks to write: for each activity, its ENROLLED participants times its sessions to mark. */
async function expectedMarks(prisma, prisons, before) {
  const activities = await prisma.activityView.findMany({
    where: { prisonId: { in: prisons }, status: 'PUBLISHED' },
    select: { id: true },
  });
  const ids = activities.map((a) => a.id);
  const enrolled = await prisma.enrolment.groupBy({
    by: ['activityId'],
    where: { activityId: { in: ids }, status: 'ENROLLED' },
    _count: true,
  });
  const sessions = await prisma.sessionView.groupBy({
    by: ['activityId'],
    where: { activityId: { in: ids }, startsAt: { lt: before } },
    _count: true,
  });
  const perActivity = new Map(sessions.map((s) => [s.activityId, s._count]));
  return enrolled.reduce((sum, e) => sum + e._count * (perActivity.get(e.activityId) ?? 0), 0);
}

/** Waits for the feeds between `services` to be read to the end, with the events left as the bar. */
async function catchUp(all, bars, name, services) {
  let bar;
  await waitCaughtUp(services, {
    progress(behind) {
      if (!bar && behind === 0) return; // read already: no bar
      if (!bar) bar = bars.phase(`feed: ${name}`, behind);
      bar.update(Math.max(bar.getTotal() - behind, 0));
    },
  });
  bar?.update(bar.getTotal());
  bar?.stop();
}

module.exports = { simulateYear, prisonsFor };
