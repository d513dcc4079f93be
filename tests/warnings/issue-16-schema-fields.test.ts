import { describe, expect, it } from 'vitest';
import { projectFile } from './fixtures.js';

type Node = { properties?: Record<string, Node>; items?: Node; required?: string[]; enum?: string[]; default?: unknown; type?: string };

// The fields issue 16 adds to report.json and the config, as the shipped JSON Schema files (what users validate with) carry them.
describe('schemas/ carry the fields of issue 16', () => {
  const report = JSON.parse(projectFile('schemas/report.schema.json')) as Node;
  const config = JSON.parse(projectFile('schemas/config.schema.json')) as Node;
  const warning = report.properties!['warnings']!.items!;

  it('report.json: evidence context, repeat kind and a required digest of { period, warningIds }', () => {
    expect(warning.properties!['evidence']!.items!.properties!['context']).toEqual({ type: 'string' });
    expect(warning.properties!['repeatKind']!.enum).toEqual(['same-customer', 'recurring-problem', 'template']);
    expect(report.required).toContain('digest');
    expect(report.properties!['digest']!.items!.required).toEqual(['period', 'warningIds']);
  });

  it('config: the profile (telecom by default) and the digest size (20 by default)', () => {
    expect(config.properties!['profile']).toMatchObject({ type: 'string', default: 'telecom' });
    expect(config.properties!['warnings']!.properties!['digestSize']).toMatchObject({ type: 'integer', default: 20 });
  });

  it('the README names each of them', () => {
    const readme = projectFile('README.md');
    for (const field of ['evidence[].context', 'repeatKind', 'digest: [{ period, warningIds }]', '--profile telecom', 'digestSize']) {
      expect(readme, field).toContain(field);
    }
  });
});
