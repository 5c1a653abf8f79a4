import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  createUserTokenVerifier,
  generateEd25519KeyPair,
  generateInternalKeyPair,
  mintUserToken,
  type Identity,
  type Role,
} from '@cort/auth';
import { createTestDatabase } from '@cort/testing';
import { loadConfig as activitiesConfig } from '../../../services/activities/src/config';
import { createServer as createActivities } from '../../../services/activities/src/server';
import { loadConfig as organisationsConfig } from '../../../services/organisations/src/config';
import { createServer as createOrganisations } from '../../../services/organisations/src/server';
import { loadConfig as participantsConfig } from '../../../services/participants/src/config';
import { createServer as createParticipants } from '../../../services/participants/src/server';
import { loadConfig as reportingConfig } from '../../../services/reporting/src/config';
import { createServer as createReporting } from '../../../services/reporting/src/server';
import { loadConfig as gatewayConfig, type GatewayConfig } from '../../src/config';
import { createGateway } from '../../src/server';
import { assertNoLeaks } from '../leaks';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ISSUER = 'cort-e2e';
const AUDIENCE = 'cort-graph';

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A port free now: reporting keeps one for the whole run, so the gateway finds it again after a restart. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A client operation of contract/, verbatim. */
export const contract = (file: string) => fs.readFileSync(path.join(ROOT, 'contract', file), 'utf8');

/**
 * The whole graph in one process, as it ships: the real subgraphs on fresh test databases (PGlite, or
 * PostgreSQL when TEST_DATABASE_URL is set) behind the gateway running the committed supergraph.
 * `reporting: false` leaves the reporting service stopped until `startReporting()`; it can be stopped and
 * started again on the same database and port (a restart).
 */
export async function startGraph({
  reporting: reportingAtStart = true,
  gateway: gatewayOverrides = {},
  ...options
}: { followIntervalMs?: number; reporting?: boolean; gateway?: Partial<GatewayConfig> } = {}) {
  const internalKeys = generateInternalKeyPair();
  const userKeys = generateEd25519KeyPair();
  const organisationsDb = await createTestDatabase('organisations', path.join(ROOT, 'services/organisations/prisma/migrations'));
  const activitiesDb = await createTestDatabase('activities', path.join(ROOT, 'services/activities/prisma/migrations'));
  const participantsDb = await createTestDatabase('participants', path.join(ROOT, 'services/participants/prisma/migrations'));
  const reportingDb = await createTestDatabase('reporting', path.join(ROOT, 'services/reporting/prisma/migrations'));
  const organisations = await createOrganisations(
    { ...organisationsConfig({}), port: 0, seedDemoData: false },
    { database: organisationsDb, internalKeys },
  );
  const activities = await createActivities(
    { ...activitiesConfig({}), port: 0, seedDemoData: false, organisationsUrl: organisations.url },
    { database: activitiesDb, internalKeys },
  );
  const participants = await createParticipants(
    { ...participantsConfig({}), port: 0, seedDemoData: false, activitiesUrl: activities.url, ...options },
    { database: participantsDb, internalKeys },
  );
  const reportingOptions = {
    ...reportingConfig({}),
    port: await freePort(),
    seedDemoData: false,
    activitiesUrl: activities.url,
    participantsUrl: participants.url,
    ...options,
  };
  let reporting: Awaited<ReturnType<typeof createReporting>> | undefined;
  const startReporting = async () => (reporting ??= await createReporting(reportingOptions, { database: reportingDb, internalKeys }));
  const stopReporting = async () => {
    const running = reporting;
    reporting = undefined;
    await running?.stop();
  };
  if (reportingAtStart) await startReporting();
  const gateway = await createGateway(
    {
      ...gatewayConfig({}),
      ...gatewayOverrides,
      port: 0,
      startupWaitMs: 0,
      subgraphs: [
        { name: 'activities', url: activities.url },
        { name: 'organisations', url: organisations.url },
        { name: 'participants', url: participants.url },
        { name: 'reporting', url: `http://127.0.0.1:${reportingOptions.port}/graphql` },
      ],
    },
    { internalKeys, verifyUserToken: createUserTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, publicKey: userKeys.publicKey }) },
  );

  let sequence = 0;
  const token = (identity: Partial<Identity> & { roles: Role[] }) =>
    mintUserToken({ sub: `user-${++sequence}`, prisons: [], ...identity }, userKeys.privateKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: '1h',
    });

  async function send<T = any>(query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<Answer<T>> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // Every answer of the suite is scanned: the test that receives a stack trace, an internal address,
    // SQL, a Prisma message, a file path or an error without a listed code and a requestId fails.
    const text = await response.text();
    assertNoLeaks({ status: response.status, text, headers: response.headers });
    const body = (text ? JSON.parse(text) : {}) as { data?: T; errors?: Answer['errors'] };
    return { status: response.status, headers: response.headers, data: body.data ?? undefined, errors: body.errors };
  }

  return {
    gatewayUrl: gateway.url,
    internalKeys,
    activities,
    organisations,
    participants,
    /** The running reporting service (its database stays the same across restarts). */
    get reporting() {
      if (!reporting) throw new Error('The reporting service is stopped: startReporting() first.');
      return reporting;
    },
    startReporting,
    stopReporting,
    statements: {
      activities: activitiesDb.statements,
      organisations: organisationsDb.statements,
      participants: participantsDb.statements,
      reporting: reportingDb.statements,
    },
    token,
    send,
    /** Sends a contract operation verbatim. */
    run: <T = any>(file: string, variables: Record<string, unknown> = {}, bearer?: string) => send<T>(contract(file), variables, bearer),
    async stop() {
      await gateway.stop();
      // Reporting first: it would go on polling the feeds of the services stopped after it.
      await stopReporting();
      await activities.stop();
      await organisations.stop();
      await participants.stop();
      await reportingDb.drop();
      await participantsDb.drop();
      await activitiesDb.drop();
      await organisationsDb.drop();
    },
  };
}

export type Graph = Awaited<ReturnType<typeof startGraph>>;
