import { describe, expect, it } from 'vitest';
import { computeDiagnostics } from '../../../language';
import { locateFindings } from './locate-findings';

describe('locateFindings', () => {
  const check = (text: string) =>
    locateFindings(text, computeDiagnostics(text, { policyType: 'identity', catalogs: null }));

  it('places each finding on the line and column where its range starts', () => {
    const text = '{\n  "Version": "5.0",\n  "Statement": [\n    { "Effect": "Alow" }\n  ]\n}';
    const findings = check(text);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const before = text.slice(0, finding.offset);
      expect(finding.line).toBe(before.split('\n').length);
      expect(finding.column).toBe(before.length - before.lastIndexOf('\n'));
    }
    expect(findings.find((f) => f.message.includes('Alow'))).toMatchObject({ line: 4 });
  });

  it('has nothing to say about an empty draft', () => {
    expect(check('')).toEqual([]);
  });
});
