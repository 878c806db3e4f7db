import { describe, expect, it } from 'vitest';
import { computeDiagnostics } from './diagnostics';
import { FIXTURE_CATALOGS } from './testing/fixture-catalogs';

describe('diagnostics', () => {
  it('reports the engine finding for a typo with its code, severity, range and hint', () => {
    const text = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["ims:images:gett"]}]}';
    const found = computeDiagnostics(text, { policyType: 'identity', catalogs: FIXTURE_CATALOGS });
    const typo = found.find((d) => d.code === 'UNKNOWN_ACTION');
    expect(typo).toMatchObject({
      severity: 'ERROR',
      offset: text.indexOf('"ims:images:gett"'),
      length: '"ims:images:gett"'.length,
    });
    expect(typo?.hint).toContain('`ims:images:get`');
  });

  it('checks only the grammar before the catalogs load', () => {
    const text = '{"Statement":[{"Effect":"Allow","Action":["ims:images:gett"]}]}';
    const codes = computeDiagnostics(text, { policyType: 'identity', catalogs: null }).map(
      (d) => d.code,
    );
    expect(codes).toContain('MISSING_VERSION');
    expect(codes).not.toContain('UNKNOWN_ACTION');
  });

  it('applies the SCP rules to SCPs only', () => {
    const text =
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":"true"}}}]}';
    const scp = computeDiagnostics(text, { policyType: 'scp', catalogs: FIXTURE_CATALOGS });
    const identity = computeDiagnostics(text, {
      policyType: 'identity',
      catalogs: FIXTURE_CATALOGS,
    });
    expect(scp.map((d) => d.code)).toContain('SCP_ALLOW_WITH_CONDITION');
    expect(identity.map((d) => d.code)).not.toContain('SCP_ALLOW_WITH_CONDITION');
  });
});
