// The pure parts of `npm run deploy:local`: the layout and haproxy.cfg, the keys' folder and what each
// process is given of it, the kill run's figures, and the invariants it checks over the databases' rows.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { describe, it, expect, afterAll } = require('@jest/globals');
const auth = require('@cort/auth');
const { layout, frontendUrls, haproxyConfig, databaseName } = require('./layout');
const keys = require('./keys');
const { quantile, killWindows, summary, renderTable } = require('./figures');
const inv = require('./invariants');

describe('layout and haproxy.cfg', () => {
  const plan = layout(['activities', 'participants'], 5000);

  it('gives every frontend and replica a port of its own on 127.0.0.1', () => {
    const ports = [
      plan.gateway.frontend,
      plan.statsPort,
      ...[plan.gateway, ...plan.services].flatMap(({ frontend, replicas }) => [frontend, ...replicas.map(({ port }) => port)]),
    ];
    expect(new Set(ports).size).toBe(ports.length - 1); // the gateway's frontend is listed twice above
    expect(plan.services.map(({ replicas }) => replicas.length)).toEqual([2, 2]);
    expect(plan.gateway.replicas.map(({ name }) => name)).toEqual(['gateway-1', 'gateway-2']);
    expect(frontendUrls(plan)).toEqual({
      ACTIVITIES_URL: 'http://127.0.0.1:5001/graphql',
      PARTICIPANTS_URL: 'http://127.0.0.1:5002/graphql',
    });
    expect(databaseName('some-service')).toBe('cort_deploy_some_service');
  });

  it('puts two health-checked replicas behind each frontend', () => {
    const config = haproxyConfig(plan, keys.keyFolder('/keys').identityProvider);
    for (const { name, frontend, replicas } of [plan.gateway, ...plan.services]) {
      const backend = config.split(`\nbackend ${name}\n`)[1].split('\n\n')[0];
      expect(config).toContain(`frontend ${name}\n  bind 127.0.0.1:${frontend}\n  default_backend ${name}\n`);
      expect(backend).toContain('option httpchk GET /ready');
      expect(backend).toContain('retry-on conn-failure');
      for (const { name: server, port } of replicas) expect(backend).toContain(`server ${server} 127.0.0.1:${port} check`);
    }
    expect(config).not.toMatch(/bind (?!127\.0\.0\.1:)/);
  });

  it("serves the identity provider's key set over TLS on a port of its own", () => {
    const config = haproxyConfig(plan, keys.keyFolder('/keys').identityProvider);
    const frontend = config.split('\nfrontend identity-provider\n')[1].split('\n\n')[0];
    expect(frontend).toContain(`bind 127.0.0.1:${plan.identityProviderPort} ssl crt /keys/identity-provider/tls.pem`);
    expect(frontend).toContain('file /keys/identity-provider/jwks.json if { path /.well-known/jwks.json }');
    expect([plan.statsPort, plan.gateway.frontend, ...plan.services.map(({ frontend: port }) => port)]).not.toContain(
      plan.identityProviderPort,
    );
    expect(keys.identityProviderEnv(keys.keyFolder('/keys'), plan.identityProviderPort)).toEqual({
      AUTH_ISSUER: `https://127.0.0.1:${plan.identityProviderPort}`,
      AUTH_AUDIENCE: 'cort-graph',
      AUTH_JWKS_URL: `https://127.0.0.1:${plan.identityProviderPort}/.well-known/jwks.json`,
      NODE_EXTRA_CA_CERTS: '/keys/identity-provider/tls.crt',
    });
  });
});

describe("the deployment's keys", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cort-deploy-keys-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const folder = keys.keyFolder(dir);
  const issuers = keys.issuersOf(['activities', 'participants']);
  const made = new Date('2026-12-06T21:00:00Z');

  it('makes a pair per issuer: the private keys apart from the folder of public key sets every process reads', async () => {
    expect(issuers).toEqual(['gateway', 'activities', 'participants']);
    const made1 = await keys.ensureInternalKeys(folder, issuers, made);
    expect(fs.readdirSync(folder.jwksDir).sort()).toEqual(['activities.json', 'gateway.json', 'participants.json']);
    for (const issuer of issuers) {
      const { keys: published } = JSON.parse(fs.readFileSync(folder.jwks(issuer), 'utf8'));
      expect(published).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: `${issuer}-20261206` })]);
      expect(published[0]).not.toHaveProperty('d');
      expect(made1[issuer].keyId).toBe(`${issuer}-20261206`);
      expect(fs.statSync(folder.privateKey(issuer)).mode & 0o077).toBe(0);
      expect(path.dirname(folder.privateKey(issuer))).not.toBe(folder.jwksDir);
    }
    // Kept across runs: a later start finds the same keys under the same ids.
    const again = await keys.ensureInternalKeys(folder, issuers, new Date('2027-01-01T00:00:00Z'));
    expect(again).toEqual(made1);
  });

  it("gives each process its own issuer's key only, which the others' production loader trusts", async () => {
    const all = await keys.ensureInternalKeys(folder, issuers, made);
    const loaded = {};
    for (const issuer of issuers) {
      const env = { NODE_ENV: 'production', ...keys.internalKeyEnv(folder, all[issuer]) };
      const others = issuers.filter((other) => other !== issuer).map((other) => all[other].pem);
      expect(Object.values(env).filter((value) => others.includes(value))).toEqual([]);
      loaded[issuer] = await auth.loadInternalKeys(env, '/nonexistent', issuer);
    }
    const sign = auth.internalSignerOf(loaded.activities, 'activities');
    const token = await sign({ kind: 'service', service: 'activities' }, 'participants');
    const verify = auth.createInternalVerifier({
      audience: 'participants',
      trust: auth.trustOf(loaded.participants, { NODE_ENV: 'production' }),
    });
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ kind: 'service', service: 'activities' });
    // The gateway signs user requests under its key id too, not only under its key's thumbprint.
    const gatewaySigner = auth.createInternalSigner(loaded.gateway.privateKey, { keyId: loaded.gateway.keyId });
    await expect(verify(`Bearer ${await gatewaySigner(auth.ANONYMOUS, 'participants')}`)).resolves.toMatchObject({ kind: 'anonymous' });
    // No issuer signs as another: the activities key under the gateway's name is refused.
    const forged = auth.createInternalSigner(loaded.activities.privateKey, { issuer: 'gateway', keyId: loaded.gateway.keyId });
    await expect(verify(`Bearer ${await forged(auth.ANONYMOUS, 'participants')}`)).rejects.toThrow();
  });

  it('refuses a private key whose published key set is not its own', async () => {
    fs.copyFileSync(folder.jwks('gateway'), folder.jwks('activities'));
    await expect(keys.ensureInternalKeys(folder, issuers, made)).rejects.toThrow(/does not publish the public key/);
    fs.rmSync(folder.jwks('participants'));
    await expect(keys.ensureInternalKeys(folder, ['participants'], made)).rejects.toThrow(/is missing beside/);
  });
});

describe('the kill run figures', () => {
  it('takes quantiles by nearest rank', () => {
    expect(quantile([], 0.5)).toBe(0);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(
      quantile(
        [...Array(100).keys()].map((n) => n + 1),
        0.99,
      ),
    ).toBe(99);
  });

  it('sorts each request into the window before, during or after a kill, once', () => {
    const records = [
      { at: 500, ms: 10 },
      { at: 1500, ms: 20 },
      { at: 2500, ms: 900, code: 'DOWNSTREAM_SERVICE_ERROR', retries: 5 },
      { at: 2600, ms: 300, retries: 1 },
      { at: 3500, ms: 30 },
      { at: 4500, ms: 40 },
    ];
    const kills = [
      { label: 'a-1', at: 2000, back: 3000 },
      { label: 'b-1', at: 4000, back: 5000 },
    ];
    records.push({ at: 2700, code: 'CLIENT_BACKLOG' }); // never sent: an error without a latency
    const rows = killWindows(records, kills, 1000);
    expect(rows.map(({ kill, phase, requests }) => `${kill} ${phase} ${requests}`)).toEqual([
      'a-1 before 1',
      'a-1 during 3',
      'a-1 after 1',
      'b-1 before 0', // 3000..4000 is a-1's after already
      'b-1 during 1',
      'b-1 after 0',
    ]);
    expect(rows[1]).toMatchObject({ retries: 6, errors: { CLIENT_BACKLOG: 1, DOWNSTREAM_SERVICE_ERROR: 1 }, p50: 300, p99: 900 });
    const table = renderTable(rows, summary(records));
    expect(table.split('\n')[2]).toBe('| a-1 | before | 1 | 0 | 0 | 20 | 20 |');
    expect(table.split('\n')[3]).toBe('| a-1 | during | 3 | 6 | CLIENT_BACKLOG 1, DOWNSTREAM_SERVICE_ERROR 1 | 300 | 900 |');
    expect(table.split('\n').at(-1)).toBe('| whole run |  | 7 | 6 | CLIENT_BACKLOG 1, DOWNSTREAM_SERVICE_ERROR 1 | 30 | 900 |');
  });
});

describe('the invariants', () => {
  const enrolment = (id, status, extra = {}) => ({
    id,
    participantId: `p${id}`,
    activityId: 'a',
    status,
    waitlistPosition: null,
    idempotencyKey: `k${id}`,
    ...extra,
  });

  it('holds capacity', () => {
    const enrolments = [enrolment(1, 'ENROLLED'), enrolment(2, 'ENROLLED'), enrolment(3, 'WITHDRAWN')];
    expect(inv.capacityProblems([{ id: 'a', capacity: 2 }], enrolments)).toEqual([]);
    expect(inv.capacityProblems([{ id: 'a', capacity: 1 }], enrolments)).toEqual(['activity a: 2 enrolled, capacity 1']);
  });

  it('keeps waiting-list positions 1..n and none off the list', () => {
    const waiting = (id, position) => enrolment(id, 'WAITLISTED', { waitlistPosition: position });
    expect(inv.waitingListProblems([waiting(1, 2), waiting(2, 1), enrolment(3, 'ENROLLED')])).toEqual([]);
    expect(inv.waitingListProblems([waiting(1, 1), waiting(2, 3)])).toEqual(['activity a: waiting-list positions 1,3 are not 1..2']);
    expect(inv.waitingListProblems([waiting(1, 1), waiting(2, 1)])).toHaveLength(1);
    expect(inv.waitingListProblems([enrolment(4, 'ENROLLED', { waitlistPosition: 1 })])).toEqual([
      'enrolment 4: ENROLLED with waiting-list position 1',
    ]);
  });

  it('finds a second open enrolment, mark or open follow-up', () => {
    const twice = { participantId: 'p', activityId: 'a' };
    expect(inv.openEnrolmentProblems([enrolment(1, 'ENROLLED', twice), enrolment(2, 'WITHDRAWN', twice)])).toEqual([]);
    expect(inv.openEnrolmentProblems([enrolment(1, 'ENROLLED', twice), enrolment(2, 'REQUESTED', twice)])).toHaveLength(1);
    expect(
      inv.markProblems([
        { sessionId: 's', participantId: 'p' },
        { sessionId: 's', participantId: 'q' },
      ]),
    ).toEqual([]);
    expect(
      inv.markProblems([
        { sessionId: 's', participantId: 'p' },
        { sessionId: 's', participantId: 'p' },
      ]),
    ).toEqual(['session s: 2 marks for participant p']);
    expect(
      inv.followUpProblems([
        { enrolmentId: 'e', status: 'OPEN' },
        { enrolmentId: 'e', status: 'DONE' },
      ]),
    ).toEqual([]);
    expect(
      inv.followUpProblems([
        { enrolmentId: 'e', status: 'OPEN' },
        { enrolmentId: 'e', status: 'OPEN' },
      ]),
    ).toEqual(['enrolment e: 2 open follow-ups']);
  });

  it('finds an acknowledged write that is not there', () => {
    const stored = {
      enrolments: [enrolment(1, 'WITHDRAWN'), enrolment(2, 'ENROLLED')],
      recordings: [{ idempotencyKey: 'r1' }],
      marks: [{ sessionId: 's', participantId: 'p' }],
    };
    const acknowledged = {
      enrolments: [
        { id: 1, idempotencyKey: 'k1' },
        { id: 2, idempotencyKey: 'k2' },
      ],
      withdrawals: [1],
      recordings: [{ idempotencyKey: 'r1', sessionId: 's', participantIds: ['p'] }],
    };
    expect(inv.lostWriteProblems(acknowledged, stored)).toEqual([]);
    const more = {
      enrolments: [...acknowledged.enrolments, { id: 3, idempotencyKey: 'k3' }, { id: 2, idempotencyKey: 'other' }],
      withdrawals: [2],
      recordings: [{ idempotencyKey: 'r2', sessionId: 's', participantIds: ['q'] }],
    };
    expect(inv.lostWriteProblems(more, stored)).toEqual([
      'acknowledged enrolment 3 is missing',
      "acknowledged enrolment 2 carries another request's key",
      'acknowledged withdrawal of 2: the enrolment is ENROLLED',
      'acknowledged roll call r2 is not recorded',
      'session s: the acknowledged mark of q is missing',
    ]);
  });

  it('compares a projection with its replay as multisets of rows, leaving out when they were written', () => {
    const at = (ms) => new Date(ms);
    const live = { ReportSession: [{ id: 's', held: true, updatedAt: at(1) }], ProcessedEvent: [{ eventId: 'e', processedAt: at(1) }] };
    const replay = { ReportSession: [{ held: true, id: 's', updatedAt: at(2) }], ProcessedEvent: [{ eventId: 'e', processedAt: at(2) }] };
    expect(inv.replayProblems(live, replay, ['updatedAt', 'processedAt'])).toEqual([]);
    expect(inv.replayProblems(live, replay)).toHaveLength(2);
    const twice = { ...live, ProcessedEvent: [...live.ProcessedEvent, ...live.ProcessedEvent] };
    expect(inv.replayProblems(twice, replay, ['updatedAt', 'processedAt'])).toEqual([
      'ProcessedEvent: 1 rows only in the projection, 0 only in the replay (2 vs 1)',
    ]);
  });
});
