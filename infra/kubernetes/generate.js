// `npm run kubernetes` writes infra/kubernetes/base/ from infra/subgraphs.json; `-- --check` (CI) fails when
// the committed files differ from what it would write, or when any file there (hand edits included) breaks
// the Kubernetes schemas (kubernetes-models' validators) or the rules of rules.js. No cluster is needed.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { localServices } = require('../services');
const { subgraph, gateway, migrationJob } = require('./manifests');
const { networkPolicies } = require('./network-policies');
const { checkRules } = require('./rules');

const MODELS = {
  Deployment: require('kubernetes-models/apps/v1/Deployment').Deployment,
  Service: require('kubernetes-models/v1/Service').Service,
  Namespace: require('kubernetes-models/v1/Namespace').Namespace,
  HorizontalPodAutoscaler: require('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler').HorizontalPodAutoscaler,
  PodDisruptionBudget: require('kubernetes-models/policy/v1/PodDisruptionBudget').PodDisruptionBudget,
  NetworkPolicy: require('kubernetes-models/networking.k8s.io/v1/NetworkPolicy').NetworkPolicy,
  Job: require('kubernetes-models/batch/v1/Job').Job,
};

const ROOT = path.join(__dirname, '..', '..');
const BASE = path.join(__dirname, 'base');
const NAMESPACE = 'cort';
const HEADER = '# Written by `npm run kubernetes` from infra/subgraphs.json (infra/kubernetes/*.js): edit those, not this file.\n';

/** The subgraphs this repository deploys, with the "calls" of their entries. */
function deployedEntries(configFile = path.join(ROOT, 'infra', 'subgraphs.json')) {
  const calls = new Map(JSON.parse(fs.readFileSync(configFile, 'utf8')).map((entry) => [entry.name, entry.calls ?? []]));
  return localServices(ROOT, configFile).map((service) => ({ ...service, calls: calls.get(service.name) }));
}

/** File name → the objects it holds. */
function manifests(entries = deployedEntries()) {
  const files = {
    'namespace.yaml': [new MODELS.Namespace({ metadata: { name: NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'cort-graph' } } })],
    'gateway.yaml': gateway(MODELS, entries),
    ...Object.fromEntries(entries.map((entry) => [`${entry.name}.yaml`, subgraph(MODELS, entry, entries)])),
    'network-policies.yaml': networkPolicies(MODELS, entries),
    'migrations.yaml': entries.map((entry) => migrationJob(MODELS, entry)),
  };
  return files;
}

const toYaml = (objects) =>
  HEADER + objects.map((object) => YAML.stringify(object.toJSON ? object.toJSON() : object, { lineWidth: 0 })).join('---\n');

function kustomization(files) {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    namespace: NAMESPACE,
    resources: Object.keys(files),
    // A rollout sets the image: `kustomize edit set image cort-graph=<registry>/cort-graph:<tag>`.
    images: [{ name: 'cort-graph', newName: 'cort-graph', newTag: 'latest' }],
  };
}

/** What the folder should hold: file name → text. */
function rendered(entries) {
  const files = manifests(entries);
  return {
    ...Object.fromEntries(Object.entries(files).map(([name, objects]) => [name, toYaml(objects)])),
    'kustomization.yaml': HEADER + YAML.stringify(kustomization(files)),
  };
}

/** Schema and rule problems of a set of parsed documents (kustomization.yaml is kustomize's, not the API's). */
function problemsOf(docs) {
  const problems = [];
  for (const doc of docs) {
    const Model = MODELS[doc?.kind];
    if (!Model) {
      problems.push(`${doc?.kind}/${doc?.metadata?.name}: not a kind these manifests use (${Object.keys(MODELS).join(', ')}).`);
      continue;
    }
    try {
      new Model(doc).validate();
    } catch (error) {
      problems.push(`${doc.kind}/${doc.metadata?.name}: ${error.message}`);
    }
  }
  return [...problems, ...checkRules(docs)];
}

/** Every document of the folder's YAML files, as written on disk. */
function readDocuments(dir = BASE) {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((doc) => doc.toJSON()))
    .filter(Boolean);
}

function main(argv) {
  const check = argv.includes('--check');
  const wanted = rendered(deployedEntries());
  const stale = [];
  if (!check) fs.mkdirSync(BASE, { recursive: true });
  for (const [file, text] of Object.entries(wanted)) {
    const target = path.join(BASE, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) continue;
    if (check) stale.push(file);
    else fs.writeFileSync(target, text);
  }
  const problems = problemsOf(readDocuments());
  for (const file of stale) console.error(`infra/kubernetes/base/${file} is stale: run npm run kubernetes and commit it.`);
  for (const problem of problems) console.error(problem);
  if (stale.length || problems.length) process.exit(1);
  console.log(
    `infra/kubernetes/base: ${Object.keys(wanted).length} files ${check ? 'current' : 'written'}, valid against the Kubernetes schemas and the rules.`,
  );
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { manifests, rendered, problemsOf, readDocuments, deployedEntries };
