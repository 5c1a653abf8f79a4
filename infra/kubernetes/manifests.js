// The Kubernetes objects of the graph, derived from infra/subgraphs.json: the gateway and each subgraph of
// this repository as a Deployment (two replicas), Service, HorizontalPodAutoscaler and PodDisruptionBudget;
// a migration Job per service; NetworkPolicies so that only the gateway (and the services named in an
// entry's "calls") reach a subgraph and only a subgraph reaches its database. Built with kubernetes-models'
// classes, so each object is checked against the Kubernetes schemas when it is made (see validate.js).
// Secrets are referenced by name and key, never written here: docs in the README's "Deploying" section.
const { URL } = require('node:url');
const { PROCESS_ENV } = require('../process-env');

const PART_OF = 'cort-graph';
const IMAGE = 'cort-graph'; // kustomization.yaml's `images:` sets the registry and tag of a rollout
/** Each process's own internal signing key: Secret `cort-<name>-internal-key` (`private-key`, `key-id`). */
const internalKeyOf = (name) => `cort-${name}-internal-key`;
/** Every issuer's public keys (`jwks.json`: { "<issuer>": { "keys": [...] } }); public, so a ConfigMap. */
const INTERNAL_JWKS = 'cort-internal-jwks';
/** Every process serves Prometheus metrics here, a port of its own (never the gateway's public one). */
const METRICS_PORT = 9464;

const labelsOf = (name, component) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/part-of': PART_OF,
  'app.kubernetes.io/component': component,
});
/** The pods of one process kind: a service's migration Job shares its name label but is no replica of it. */
const selectorOf = (name, component) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/part-of': PART_OF,
  'app.kubernetes.io/component': component,
});
const portOf = (url) => Number(new URL(url).port || 80);
const urlVariable = (name) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;
const inClusterUrl = (entry) => `http://${entry.name}:${portOf(entry.url)}/graphql`;
const fromSecret = (name, secret, key) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
const value = (name, text) => ({ name, value: String(text) });

/** What every container of the graph runs with: no root, nothing writable but /tmp, no privileges. */
function hardenedContainer(container) {
  return {
    imagePullPolicy: 'IfNotPresent',
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 1000,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    ...container,
  };
}

function podSpec(containers, extra = {}) {
  return {
    automountServiceAccountToken: false,
    securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
    volumes: [{ name: 'tmp', emptyDir: {} }],
    containers: containers.map(hardenedContainer),
    ...extra,
  };
}

/** A long-running process of the graph: Deployment, Service, autoscaler and disruption budget. */
function workload(models, { name, component, port, command, env, resources }) {
  const probe = (path, periodSeconds, failureThreshold) => ({ httpGet: { path, port: 'http' }, periodSeconds, failureThreshold });
  const container = {
    name,
    image: IMAGE,
    command,
    ports: [
      { name: 'http', containerPort: port },
      { name: 'metrics', containerPort: METRICS_PORT },
    ],
    env: [...env, value('METRICS_PORT', METRICS_PORT), ...Object.entries(PROCESS_ENV).map(([key, setting]) => value(key, setting))],
    resources,
    // Migrations run at start (one replica at a time; the Job has usually applied them already).
    startupProbe: probe('/health', 5, 60),
    readinessProbe: probe('/ready', 5, 3),
    livenessProbe: probe('/health', 10, 3),
  };
  const metadata = { name, labels: labelsOf(name, component) };
  return [
    new models.Deployment({
      metadata,
      spec: {
        replicas: 2,
        selector: { matchLabels: selectorOf(name, component) },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: {
            labels: labelsOf(name, component),
            annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(METRICS_PORT), 'prometheus.io/path': '/metrics' },
          },
          spec: podSpec([container], {
            terminationGracePeriodSeconds: 30,
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'kubernetes.io/hostname',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: selectorOf(name, component) },
              },
            ],
          }),
        },
      },
    }),
    new models.Service({
      metadata,
      spec: { selector: selectorOf(name, component), ports: [{ name: 'http', port, targetPort: 'http' }] },
    }),
    new models.HorizontalPodAutoscaler({
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
    }),
    new models.PodDisruptionBudget({ metadata, spec: { minAvailable: 1, selector: { matchLabels: selectorOf(name, component) } } }),
  ];
}

const SUBGRAPH_RESOURCES = { requests: { cpu: '250m', memory: '384Mi' }, limits: { memory: '768Mi' } };
const GATEWAY_RESOURCES = { requests: { cpu: '500m', memory: '256Mi' }, limits: { memory: '512Mi' } };

/** Where the services find each other inside the cluster: every subgraph's <NAME>_URL. */
const urlsOf = (entries) => entries.map((entry) => value(urlVariable(entry.name), inClusterUrl(entry)));

/** A process signs with its own key only: a subgraph's Secret opens nothing the others accept from it. */
const internalKeyEnv = (name) => [
  fromSecret('INTERNAL_JWT_PRIVATE_KEY', internalKeyOf(name), 'private-key'),
  { name: 'INTERNAL_JWT_KEY_ID', valueFrom: { secretKeyRef: { name: internalKeyOf(name), key: 'key-id' } } },
];

function subgraph(models, entry, entries) {
  return workload(models, {
    name: entry.name,
    component: 'subgraph',
    port: portOf(entry.url),
    command: ['node', `${entry.dir}/dist/main.js`],
    env: [
      value('NODE_ENV', 'production'),
      value('HOST', '0.0.0.0'),
      value('PORT', portOf(entry.url)),
      value('SEED_DEMO_DATA', 'false'),
      fromSecret('DATABASE_URL', `cort-${entry.name}-database`, 'url'),
      ...internalKeyEnv(entry.name),
      { name: 'INTERNAL_JWKS', valueFrom: { configMapKeyRef: { name: INTERNAL_JWKS, key: 'jwks.json' } } },
      ...urlsOf(entries),
    ],
    resources: SUBGRAPH_RESOURCES,
  });
}

function gateway(models, entries) {
  const config = (name, key) => ({ name, valueFrom: { configMapKeyRef: { name: 'cort-gateway', key } } });
  return workload(models, {
    name: 'gateway',
    component: 'gateway',
    port: 4000,
    command: ['node', 'gateway/dist/index.js'],
    env: [
      value('NODE_ENV', 'production'),
      value('GATEWAY_HOST', '0.0.0.0'),
      value('GATEWAY_PORT', 4000),
      // One proxy (the ingress controller) stands before the gateway: its X-Forwarded-For names the client.
      value('GATEWAY_TRUST_PROXY', 1),
      config('AUTH_ISSUER', 'auth-issuer'),
      config('AUTH_AUDIENCE', 'auth-audience'),
      config('AUTH_JWKS_URL', 'auth-jwks-url'),
      config('DIRECTORY_PUBLIC_URL', 'directory-public-url'),
      fromSecret('REDIS_URL', 'cort-redis', 'url'),
      ...internalKeyEnv('gateway'),
      ...urlsOf(entries),
    ],
    resources: GATEWAY_RESOURCES,
  });
}

/** Applies a service's committed migrations before its rollout (`npm run db:migrate -- --service <name>`). */
function migrationJob(models, entry) {
  const name = `${entry.name}-migrate`;
  return new models.Job({
    metadata: { name, labels: { ...labelsOf(entry.name, 'migration') } },
    spec: {
      backoffLimit: 2,
      ttlSecondsAfterFinished: 3600,
      template: {
        // The database's NetworkPolicy admits this pod by its name label, as it admits the service's.
        metadata: { labels: labelsOf(entry.name, 'migration') },
        spec: podSpec(
          [
            {
              name: 'migrate',
              image: IMAGE,
              command: ['node', 'packages/db/dist/cli/migrate.js', '--service', entry.name],
              env: [value('NODE_ENV', 'production'), fromSecret('DATABASE_URL', `cort-${entry.name}-database`, 'url')],
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } },
            },
          ],
          { restartPolicy: 'Never' },
        ),
      },
    },
  });
}

module.exports = { METRICS_PORT, PART_OF, IMAGE, labelsOf, selectorOf, portOf, inClusterUrl, subgraph, gateway, migrationJob, urlVariable };
