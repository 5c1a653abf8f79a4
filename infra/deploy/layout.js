// What `npm run deploy:local` runs and where, as plain data (no process is started here): the HAProxy
// frontends on ports of their own, two replicas behind each, and the haproxy.cfg that says so. Plain
// CommonJS, like the rest of infra/, so that jest's unit project reads it unbuilt.

/** Replicas per service and per gateway: two, so that one can die while the other serves. */
const REPLICAS = 2;

/**
 * Ports from `base` on 127.0.0.1: the gateway's frontend at base, subgraph i's frontend at base + 1 + i,
 * the replicas from base + 20 on (two each, the gateways last), the identity provider's key set (HTTPS) at
 * base + 18, HAProxy's stats at base + 19.
 */
function layout(serviceNames, base = 4400, replicas = REPLICAS) {
  if (serviceNames.length > 17) throw new Error('layout: more services than ports between the frontends and the replicas');
  let next = base + 20;
  const replicasOf = (name) => Array.from({ length: replicas }, (_, index) => ({ name: `${name}-${index + 1}`, port: next++ }));
  const services = serviceNames.map((name, index) => ({ name, frontend: base + 1 + index, replicas: replicasOf(name) }));
  return {
    gateway: { name: 'gateway', frontend: base, replicas: replicasOf('gateway') },
    services,
    identityProviderPort: base + 18,
    statsPort: base + 19,
  };
}

/** `<NAME>_URL` of a subgraph, as gateway/src/composition.ts's urlVariable spells it. */
const urlVariable = (name) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

/** Every subgraph's URL through its HAProxy frontend: the gateways and the services call each other by these. */
function frontendUrls(plan) {
  return Object.fromEntries(plan.services.map(({ name, frontend }) => [urlVariable(name), `http://127.0.0.1:${frontend}/graphql`]));
}

/**
 * haproxy.cfg for the plan: one frontend and one backend per subgraph and for the gateway, each backend's
 * replicas health-checked with GET /ready (a replica that is starting, migrating or has lost its database
 * answers 503 there and gets no traffic). A request whose connection is refused (a killed replica that the
 * checks have not caught yet) is sent again to the other replica (`option redispatch`, `retry-on
 * conn-failure`): nothing of it reached the dead one, so that retry is always safe; answers that started
 * are never retried here, that is the idempotent client's job. And the identity provider's key set
 * (`identityProvider`: its files, as infra/deploy/keys.js's keyFolder names them).
 */
function haproxyConfig(plan, identityProvider) {
  const section = (title, lines) => [title, ...lines.map((line) => `  ${line}`), ''];
  const pair = ({ name, frontend, replicas }) => [
    ...section(`frontend ${name}`, [`bind 127.0.0.1:${frontend}`, `default_backend ${name}`]),
    ...section(`backend ${name}`, [
      'balance roundrobin',
      'option httpchk GET /ready',
      'http-check expect status 200',
      'option redispatch',
      'retry-on conn-failure',
      'retries 3',
      'default-server inter 2s fall 3 rise 2',
      ...replicas.map((replica) => `server ${replica.name} 127.0.0.1:${replica.port} check`),
    ]),
  ];
  return [
    '# Written by infra/deploy (npm run deploy:local): edit infra/deploy/layout.js, not this file.',
    ...section('global', ['maxconn 4096']),
    ...section('defaults', [
      'mode http',
      'option forwardfor',
      'timeout connect 2s',
      'timeout client 65s',
      'timeout server 65s',
      'timeout http-keep-alive 5s',
      // A busy machine answers /ready slowly: a replica is taken out after three checks missed in a row
      // (about six seconds), not after one slow answer, which would take out both replicas at once.
      'timeout check 5s',
    ]),
    // The identity provider's published keys, over TLS as production's are (the gateways refuse a plain
    // http AUTH_JWKS_URL): a file served as it is, as a provider's discovery endpoint would serve it.
    ...section('frontend identity-provider', [
      `bind 127.0.0.1:${plan.identityProviderPort} ssl crt ${identityProvider.certificateAndKey}`,
      `http-request return status 200 content-type application/json file ${identityProvider.jwks} if { path /.well-known/jwks.json }`,
      'http-request return status 404',
    ]),
    ...section('frontend stats', [`bind 127.0.0.1:${plan.statsPort}`, 'stats enable', 'stats uri /', 'stats refresh 2s']),
    ...pair(plan.gateway),
    ...plan.services.flatMap(pair),
  ].join('\n');
}

/** The PostgreSQL database of a service in the deployment. */
const databaseName = (service) => `cort_deploy_${service.replace(/-/g, '_')}`;

module.exports = { REPLICAS, layout, frontendUrls, haproxyConfig, databaseName, urlVariable };
