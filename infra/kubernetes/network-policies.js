// Who may open a connection to whom. Everything not allowed here is refused (a default deny of ingress):
// - the gateway takes traffic from the ingress controller (any source: it is the public edge);
// - a subgraph takes traffic only from the gateway and from the services whose entry in
//   infra/subgraphs.json names it in "calls" (event feeds, service-to-service GraphQL);
// - every process's metrics port takes traffic from the `monitoring` namespace (Prometheus);
// - a service's database (pods labelled cort.graph/database=<service>, e.g. a PostgreSQL operator's pods)
//   takes traffic only from that service's pods and its migration Job.
// A managed database outside the cluster is guarded by its own firewall instead (README, "Deploying").
const { METRICS_PORT, PART_OF, portOf, selectorOf } = require('./manifests');

const DATABASE_LABEL = 'cort.graph/database';
const POSTGRES_PORT = 5432;

function denyByDefault(models) {
  return new models.NetworkPolicy({
    metadata: { name: 'default-deny-ingress', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  });
}

function gatewayIngress(models) {
  return new models.NetworkPolicy({
    metadata: { name: 'gateway-from-ingress', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: { matchLabels: selectorOf('gateway', 'gateway') },
      policyTypes: ['Ingress'],
      ingress: [{ ports: [{ protocol: 'TCP', port: 4000 }] }],
    },
  });
}

/** The names of the services that call `name` (its "callers"), from every entry's "calls". */
const callersOf = (name, entries) => entries.filter((entry) => (entry.calls ?? []).includes(name)).map((entry) => entry.name);

function subgraphIngress(models, entry, entries) {
  const from = [
    { podSelector: { matchLabels: selectorOf('gateway', 'gateway') } },
    ...callersOf(entry.name, entries).map((caller) => ({ podSelector: { matchLabels: selectorOf(caller, 'subgraph') } })),
  ];
  return new models.NetworkPolicy({
    metadata: { name: `${entry.name}-from-gateway-and-callers`, labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: { matchLabels: selectorOf(entry.name, 'subgraph') },
      policyTypes: ['Ingress'],
      ingress: [{ from, ports: [{ protocol: 'TCP', port: portOf(entry.url) }] }],
    },
  });
}

function databaseIngress(models, entry) {
  return new models.NetworkPolicy({
    metadata: { name: `${entry.name}-database-from-${entry.name}`, labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: { matchLabels: { [DATABASE_LABEL]: entry.name } },
      policyTypes: ['Ingress'],
      // The service's pods and its migration Job carry the same name label.
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': entry.name, 'app.kubernetes.io/part-of': PART_OF } } }],
          ports: [{ protocol: 'TCP', port: POSTGRES_PORT }],
        },
      ],
    },
  });
}

function metricsIngress(models) {
  return new models.NetworkPolicy({
    metadata: { name: 'metrics-from-monitoring', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      podSelector: { matchLabels: { 'app.kubernetes.io/part-of': PART_OF } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }],
          ports: [{ protocol: 'TCP', port: METRICS_PORT }],
        },
      ],
    },
  });
}

function networkPolicies(models, entries) {
  return [
    denyByDefault(models),
    gatewayIngress(models),
    metricsIngress(models),
    ...entries.flatMap((entry) => [subgraphIngress(models, entry, entries), databaseIngress(models, entry)]),
  ];
}

module.exports = { networkPolicies, callersOf, DATABASE_LABEL };
