import { ALL_AUDIENCES, type Audience, type Policy } from './policy';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** For one category of one service: what each audience may see of it, in the rules' own words. */
function scopes(policy: Policy, category: string, audience: Audience): string {
  const words = new Set<string>();
  for (const rule of Object.values(policy.rules)) {
    const scope = rule.data === category ? rule.who[audience] : undefined;
    if (scope !== undefined) words.add(scope);
  }
  return words.size ? [...words].sort().join('; ') : '—';
}

function serviceSection(policy: Policy): string[] {
  const lines = [
    `## ${policy.service}`,
    '',
    `| Data category | Personal | ${ALL_AUDIENCES.join(' | ')} |`,
    `| --- | --- | ${ALL_AUDIENCES.map(() => '---').join(' | ')} |`,
  ];
  for (const [name, category] of Object.entries(policy.categories)) {
    const row = ALL_AUDIENCES.map((audience) => cell(scopes(policy, name, audience)));
    lines.push(`| **${name}** ${cell(category.description)} | ${category.personal ? 'yes' : 'no'} | ${row.join(' | ')} |`);
  }
  lines.push('', '<details><summary>Every rule</summary>', '', '| Field | Category | Who |', '| --- | --- | --- |');
  for (const [coordinate, rule] of Object.entries(policy.rules).sort(([a], [b]) => a.localeCompare(b))) {
    const who = Object.keys(rule.who).join(', ') + (rule.allows ? ' (checked against the object)' : '');
    lines.push(`| \`${coordinate}\` | ${rule.data} | ${who} |`);
  }
  lines.push('', '</details>', '');
  return lines;
}

/**
 * The roles × data categories document (docs/ACCESS.md), generated from the services' policy modules:
 * it cannot say something the code does not do. A test compares the committed file with this.
 */
export function renderAccessDocument(policies: readonly Policy[]): string {
  return [
    '# Who may see what',
    '',
    '<!-- Generated from services/*/src/policy.ts by `npm run access-document`; do not edit by hand. -->',
    '',
    'Every root field, every field carrying personal data and every reference resolver of each service has a',
    'rule in that service’s policy module; anything without a rule is refused (deny by default). A cell says',
    'what an audience may see of a category, in the scope the rule gives; “—” is nothing. Reads of a',
    'participant’s personal data are written to the participants service’s audit trail.',
    '',
    ...policies.flatMap(serviceSection),
  ].join('\n');
}
