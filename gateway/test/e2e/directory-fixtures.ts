import { seedDemoData as seedDemoOffer } from '../../../services/activities/src/seed/demo';
import { seedDemoData as seedDemoPartners } from '../../../services/organisations/src/seed/demo';
import { PARTNERS } from '../../../services/organisations/src/seed/partners';
import { assertNoLeaks } from '../leaks';
import { startGraph, type Graph, type GraphOptions } from './graph';

export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Until the other services have read the seeded offer from the feeds: every service runs in this one
 * process, so their catch-up (hundreds of session events) would otherwise hold the event loop while a
 * test's first request waits. Quiet: fewer than 100 statements in half a second, twice in a row (the
 * feeds' polling alone is about 20; a catch-up is thousands).
 */
async function settle(graph: Graph, maxMs = 40_000) {
  const total = () => Object.values(graph.statements).reduce((sum, counter) => sum + counter.count, 0);
  let last = total();
  for (let waited = 0, quiet = 0; waited < maxMs && quiet < 2; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = total();
    quiet = now - last < 100 ? quiet + 1 : 0;
    last = now;
  }
}

/** How long a directory test's set-up may take: a graph, the whole demo offer, and the feeds catching up. */
export const DIRECTORY_SETUP_MS = 150_000;

/** The demo offer (npm start's: 40 activities over five prisons, their partners), seeded into a fresh graph. */
export async function startDirectoryGraph(options: GraphOptions = {}) {
  const graph = await startGraph(options);
  await seedDemoPartners(graph.organisations.prisma as never);
  await seedDemoOffer(graph.activities.prisma as never);
  await settle(graph);
  const origin = graph.gatewayUrl.replace(/\/graphql$/, '');

  /** A GET of the gateway, anonymous unless headers say otherwise; every answer is scanned for leaks. */
  async function get(path: string, headers: Record<string, string> = {}): Promise<Fetched> {
    const response = await fetch(origin + path, { headers });
    const text = await response.text();
    assertNoLeaks({ status: response.status, text, headers: response.headers });
    return { status: response.status, headers: response.headers, text };
  }
  return { graph, origin, get };
}

export type DirectoryGraph = Awaited<ReturnType<typeof startDirectoryGraph>> & { graph: Graph };

/** Every name of a demo staff member or volunteer: none may ever be in a public answer. */
export const DEMO_PEOPLE = PARTNERS.flatMap((partner) =>
  partner.people.flatMap((person) => [person.firstName, person.lastName, person.id]),
);

/** What a public answer must never hold, whatever its format. */
export function expectNothingPersonal(text: string) {
  for (const name of DEMO_PEOPLE) expect(text).not.toContain(name);
  expect(text).not.toMatch(/participant|detainee|facilitator/i);
}
