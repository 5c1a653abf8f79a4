// What every manifest of the graph must be, beyond the Kubernetes schemas: the rules a platform team would
// otherwise check by reading. Each returns messages naming the object; none means the rule holds.
const SECRET_NAMES = /(KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL|REDIS_URL)$/;

const nameOf = (doc) => `${doc.kind}/${doc.metadata?.name}`;
const containersOf = (doc) => doc.spec?.template?.spec?.containers ?? doc.spec?.jobTemplate?.spec?.template?.spec?.containers ?? [];
const matches = (selector = {}, labels = {}) => Object.entries(selector).every(([key, value]) => labels[key] === value);

/** Keys, passwords and database URLs only from Secrets, and no Secret object in the manifests at all. */
function noSecretValues(docs) {
  const problems = docs
    .filter((doc) => doc.kind === 'Secret')
    .map((doc) => `${nameOf(doc)}: Secrets are created by the operator, never kept in the manifests.`);
  for (const doc of docs)
    for (const container of containersOf(doc))
      for (const env of container.env ?? [])
        if (SECRET_NAMES.test(env.name) && (env.value !== undefined || !env.valueFrom?.secretKeyRef))
          problems.push(`${nameOf(doc)}: ${env.name} must come from a Secret (valueFrom.secretKeyRef).`);
  return problems;
}

/** Two replicas at least, health checks on /ready and /health, resource requests and a memory limit. */
function deploymentsAreProductionReady(docs) {
  const problems = [];
  for (const doc of docs.filter((d) => d.kind === 'Deployment')) {
    if (!(doc.spec.replicas >= 2)) problems.push(`${nameOf(doc)}: runs at least two replicas.`);
    for (const container of containersOf(doc)) {
      if (container.readinessProbe?.httpGet?.path !== '/ready')
        problems.push(`${nameOf(doc)}: ${container.name} needs a readiness probe on /ready.`);
      if (container.livenessProbe?.httpGet?.path !== '/health')
        problems.push(`${nameOf(doc)}: ${container.name} needs a liveness probe on /health.`);
      const { requests = {}, limits = {} } = container.resources ?? {};
      if (!requests.cpu || !requests.memory || !limits.memory)
        problems.push(`${nameOf(doc)}: ${container.name} needs cpu and memory requests and a memory limit.`);
      if (container.securityContext?.runAsNonRoot !== true) problems.push(`${nameOf(doc)}: ${container.name} must not run as root.`);
    }
  }
  return problems;
}

/** Each Deployment has its autoscaler, its disruption budget and a NetworkPolicy of its own. */
function deploymentsAreCovered(docs) {
  const problems = [];
  const policies = docs.filter((doc) => doc.kind === 'NetworkPolicy');
  if (
    !policies.some(
      (policy) =>
        Object.keys(policy.spec.podSelector ?? {}).length === 0 || Object.keys(policy.spec.podSelector.matchLabels ?? {}).length === 0,
    )
  )
    problems.push('NetworkPolicy: a default deny of ingress (an empty podSelector) is missing.');
  for (const doc of docs.filter((d) => d.kind === 'Deployment')) {
    const labels = doc.spec.template.metadata?.labels;
    const name = doc.metadata.name;
    if (!docs.some((d) => d.kind === 'HorizontalPodAutoscaler' && d.spec.scaleTargetRef?.name === name))
      problems.push(`${nameOf(doc)}: has no HorizontalPodAutoscaler.`);
    if (!docs.some((d) => d.kind === 'PodDisruptionBudget' && matches(d.spec.selector?.matchLabels, labels)))
      problems.push(`${nameOf(doc)}: has no PodDisruptionBudget.`);
    // Its own: a policy naming this workload (not one that selects every pod of the graph, e.g. metrics).
    const own = policies.filter((p) => {
      const selector = p.spec.podSelector?.matchLabels ?? {};
      return selector['app.kubernetes.io/name'] === labels?.['app.kubernetes.io/name'] && matches(selector, labels);
    });
    if (!own.length) problems.push(`${nameOf(doc)}: no NetworkPolicy says who may reach it.`);
  }
  return problems;
}

const RULES = [noSecretValues, deploymentsAreProductionReady, deploymentsAreCovered];

/** Every rule over the whole set of documents. */
const checkRules = (docs) => RULES.flatMap((rule) => rule(docs));

module.exports = { checkRules };
