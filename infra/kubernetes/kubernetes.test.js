// The deployment manifests: current with infra/subgraphs.json, valid against the Kubernetes schemas, and
// refused by the checker when a platform rule is broken (each case breaks one thing of a valid set).
const path = require('node:path');
const { describe, it, expect } = require('@jest/globals');
const { rendered, problemsOf, readDocuments, deployedEntries, manifests } = require('./generate');
const { callersOf } = require('./network-policies');

const committed = () => readDocuments(path.join(__dirname, 'base'));
const copy = (docs) => JSON.parse(JSON.stringify(docs));
const find = (docs, kind, name) => docs.find((doc) => doc.kind === kind && doc.metadata.name === name);
const containerOf = (deployment) => deployment.spec.template.spec.containers[0];

describe('the Kubernetes manifests (infra/kubernetes/base)', () => {
  it('are what infra/subgraphs.json gives, and pass the schemas and the rules', () => {
    const fs = require('node:fs');
    for (const [file, text] of Object.entries(rendered(deployedEntries())))
      expect(fs.readFileSync(path.join(__dirname, 'base', file), 'utf8')).toBe(text);
    expect(problemsOf(committed())).toEqual([]);
  });

  it('run the gateway and every subgraph of this repository with two replicas, each with its own database secret', () => {
    const docs = committed();
    for (const name of ['gateway', ...deployedEntries().map((entry) => entry.name)]) {
      const deployment = find(docs, 'Deployment', name);
      expect(deployment.spec.replicas).toBe(2);
      const env = containerOf(deployment).env;
      if (name !== 'gateway')
        expect(env.find((variable) => variable.name === 'DATABASE_URL').valueFrom.secretKeyRef.name).toBe(`cort-${name}-database`);
    }
  });

  it('let a subgraph be reached by the gateway and by the services that call it, nothing else', () => {
    const entries = deployedEntries();
    const docs = committed();
    const participants = find(docs, 'NetworkPolicy', 'participants-from-gateway-and-callers');
    const from = participants.spec.ingress[0].from.map((peer) => peer.podSelector.matchLabels['app.kubernetes.io/name']);
    expect(from.sort()).toEqual(['gateway', ...callersOf('participants', entries)].sort());
    expect(callersOf('participants', entries)).toContain('reporting');
  });

  it('give a partner subgraph of this repository its manifests from one entry', () => {
    const entries = [
      ...deployedEntries(),
      { name: 'partner-sport', url: 'http://127.0.0.1:4010/graphql', dir: 'services/partner-sport', calls: ['activities'] },
    ];
    const docs = Object.values(manifests(entries))
      .flat()
      .map((object) => object.toJSON());
    expect(find(docs, 'Deployment', 'partner-sport')).toBeDefined();
    expect(find(docs, 'NetworkPolicy', 'partner-sport-database-from-partner-sport')).toBeDefined();
    const activities = find(docs, 'NetworkPolicy', 'activities-from-gateway-and-callers');
    expect(activities.spec.ingress[0].from.map((peer) => peer.podSelector.matchLabels['app.kubernetes.io/name'])).toContain(
      'partner-sport',
    );
    expect(problemsOf(docs)).toEqual([]);
  });

  const broken = {
    'a replica count that is no integer (schema)': (docs) => {
      find(docs, 'Deployment', 'activities').spec.replicas = 'two';
      return /Deployment\/activities: .*replicas must be integer/;
    },
    'a container without a name (schema)': (docs) => {
      delete containerOf(find(docs, 'Deployment', 'reporting')).name;
      return /Deployment\/reporting: .*must have required property '?name'?/;
    },
    'a key written into the manifest': (docs) => {
      containerOf(find(docs, 'Deployment', 'gateway')).env.push({ name: 'INTERNAL_JWT_PRIVATE_KEY', value: '-----BEGIN PRIVATE KEY-----' });
      return /Deployment\/gateway: INTERNAL_JWT_PRIVATE_KEY must come from a Secret/;
    },
    'a Secret object in the manifests': (docs) => {
      docs.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'cort-internal-keys' }, stringData: { 'private-key': 'x' } });
      return /Secret\/cort-internal-keys: Secrets are created by the operator/;
    },
    'a single replica': (docs) => {
      find(docs, 'Deployment', 'participants').spec.replicas = 1;
      return /Deployment\/participants: runs at least two replicas/;
    },
    'no readiness probe': (docs) => {
      delete containerOf(find(docs, 'Deployment', 'organisations')).readinessProbe;
      return /Deployment\/organisations: organisations needs a readiness probe on \/ready/;
    },
    'no memory limit': (docs) => {
      delete containerOf(find(docs, 'Deployment', 'gateway')).resources.limits;
      return /Deployment\/gateway: gateway needs cpu and memory requests and a memory limit/;
    },
    'no disruption budget': (docs) => {
      docs.splice(docs.indexOf(find(docs, 'PodDisruptionBudget', 'reporting')), 1);
      return /Deployment\/reporting: has no PodDisruptionBudget/;
    },
    'a subgraph no NetworkPolicy guards': (docs) => {
      docs.splice(docs.indexOf(find(docs, 'NetworkPolicy', 'reporting-from-gateway-and-callers')), 1);
      return /Deployment\/reporting: no NetworkPolicy says who may reach it/;
    },
    'no default deny': (docs) => {
      docs.splice(docs.indexOf(find(docs, 'NetworkPolicy', 'default-deny-ingress')), 1);
      return /a default deny of ingress .* is missing/;
    },
  };

  it.each(Object.keys(broken))('refuse %s', (name) => {
    const docs = copy(committed());
    const expected = broken[name](docs);
    const problems = problemsOf(docs);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });
});
