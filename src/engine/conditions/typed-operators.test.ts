import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from './condition-test-helper';
import { lacksTimeZone, parseIsoDate } from './date-operators';
import { isIpAddress, isIpRange } from './ip-operators';
import { parseNumber } from './number-operators';

describe('number operators', () => {
  it.each([
    ['NumberEquals', ['10'], '10.0', 'true'],
    ['NumberEquals', ['10'], '1e1', 'true'],
    ['NumberEquals', ['10'], '11', 'false'],
    ['NumberNotEquals', ['10'], '11', 'true'],
    ['NumberNotEquals', ['10', '11'], '11', 'false'],
    ['NumberLessThan', ['10'], '9.5', 'true'],
    ['NumberLessThan', ['10'], '10', 'false'],
    ['NumberLessThanEquals', ['10'], '10', 'true'],
    ['NumberGreaterThan', ['10'], '-11', 'false'],
    ['NumberLessThanEquals', ['10'], '10.5', 'false'],
    ['NumberGreaterThan', ['10'], '10', 'false'],
    ['NumberGreaterThan', ['10'], '10.5', 'true'],
    ['NumberGreaterThanEquals', ['10'], '10', 'true'],
    ['NumberGreaterThanEquals', ['10'], '9.5', 'false'],
    ['NumberEqualsAnyOf', ['1', '2'], '2', 'true'],
    ['NumberNotEqualsAnyOf', ['1', '2'], '2', 'false'],
    ['NumberEquals', ['10'], 'ten', 'false'],
    ['NumberNotEquals', ['10'], 'ten', 'false'],
    ['NumberLessThan', ['ten'], '1', 'false'],
  ])('%s %j against `%s` is %s', (operator, values, requestValue, expected) => {
    expect(check(operator, 'obs:max-keys', values, { 'obs:max-keys': requestValue }).result).toBe(
      expected,
    );
  });

  it.each(['', ' 1', '0x10', 'Infinity', 'NaN', '1,5', '1e999'])(
    'rejects `%s` as a number',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('reports an unparseable request value and the assumption behind the answer', () => {
    const outcome = check('NumberNotEquals', 'obs:max-keys', ['10'], { 'obs:max-keys': 'ten' });
    expect(outcome.reason).toBe('unparseable-request-value');
    expect(outcome.assumptions).toContain('unparseable-value-false');
  });

  it('orders numbers as numbers, not as text', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const outcome = check('NumberLessThan', 'n', [String(b)], { n: String(a) });
        expect(outcome.result).toBe(a < b ? 'true' : 'false');
      }),
    );
  });
});

describe('date operators', () => {
  const T = 'g:CurrentTime';
  it.each([
    ['DateLessThan', ['2025-01-01T00:00:00Z'], '2024-12-31T23:59:59Z', 'true'],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], '2025-01-01T00:00:00Z', 'false'],
    ['DateLessThanEquals', ['2025-01-01T00:00:00Z'], '2025-01-01T00:00:00Z', 'true'],
    ['DateLessThanEquals', ['2025-01-01T00:00:00Z'], '2025-01-01T00:00:01Z', 'false'],
    ['DateGreaterThan', ['2025-01-01T00:00:00Z'], '2025-01-01T00:00:00Z', 'false'],
    ['DateGreaterThanEquals', ['2025-01-01T00:00:00Z'], '2024-12-31T23:59:59Z', 'false'],
    ['DateGreaterThan', ['2025-01-01'], '2025-01-01T00:00:01Z', 'true'],
    ['DateGreaterThanEquals', ['2025-01-01T08:00:00+08:00'], '2025-01-01T00:00:00Z', 'true'],
    ['DateLessThan', ['2025-01-01T08:00:00+08:00'], '2025-01-01T00:00:00Z', 'false'],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], '2024-12-31T23:59:59.999Z', 'true'],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], 'yesterday', 'false'],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], '2024-02-30T00:00:00Z', 'false'],
  ])('%s %j against `%s` is %s', (operator, values, requestValue, expected) => {
    expect(check(operator, T, values, { [T]: requestValue }).result).toBe(expected);
  });

  it.each([
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 00'],
    ['2023-02-29', '29 February outside a leap year'],
    ['2024-04-31', '31 April'],
    ['2024-01-00', 'day 00'],
    ['2024-01-01T24:00:00Z', 'hour 24'],
    ['2024-01-01T10:60:00Z', 'minute 60'],
    ['2024-01-01T10:00:60Z', 'second 60'],
    ['2024-01-01T10:00:00+25:00', 'a zone offset of 25 hours'],
    ['2024-01-01T10:00:00+18:01', 'a zone offset beyond 18 hours'],
    ['0099-12-31', 'a year before 100 (which Date.UTC would read as 1999)'],
    ['1704067200', 'epoch seconds'],
    ['01/02/2024', 'a slashed date'],
  ])('rejects `%s` as an ISO 8601 date: %s', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it.each([
    ['2026-01-01', true],
    ['2026-01-01T00:00', true],
    ['2026-01-01T00:00:00.5', true],
    ['2026-01-01T00:00:00Z', false],
    ['2026-01-01T00:00:00z', false],
    ['2026-01-01T08:00:00+08:00', false],
    ['2026-01-01T08:00:00-0130', false],
    ['2026-02-30', false],
    ['soon', false],
  ])('`%s` lacks a time zone: %s', (text, expected) => {
    expect(lacksTimeZone(text)).toBe(expected);
  });

  it.each([
    ['a policy date', ['2026-01-01'], '2025-12-31T00:00:00Z', true],
    ['a policy date-time', ['2026-01-01T00:00:00'], '2025-12-31T00:00:00Z', true],
    [
      'one of the policy values',
      ['2026-01-01T00:00:00Z', '2027-01-01'],
      '2025-12-31T00:00:00Z',
      true,
    ],
    ['a request date-time', ['2026-01-01T00:00:00Z'], '2025-12-31T00:00:00', true],
    ['neither side', ['2026-01-01T00:00:00Z'], '2025-12-31T08:00:00+08:00', false],
    ['an unparseable request value', ['2026-01-01'], 'yesterday', false],
  ])('names date-without-zone-utc when %s has no zone: %s', (_, values, requestValue, expected) => {
    const { assumptions } = check('DateLessThan', T, values, { [T]: requestValue });
    expect(assumptions.includes('date-without-zone-utc')).toBe(expected);
  });

  it('compares two dates that both name their zone on no assumption', () => {
    const outcome = check('DateLessThan', T, ['2026-01-01T00:00:00Z'], {
      [T]: '2025-12-31T23:00Z',
    });
    expect(outcome).toMatchObject({ result: 'true', assumptions: [] });
  });

  it('names date-without-zone-utc once however many request values rest on it', () => {
    const outcome = check('ForAllValues:DateLessThan', T, ['2026-01-01'], {
      [T]: ['2025-01-01', '2025-06-01T12:00'],
    });
    expect(outcome).toMatchObject({ result: 'true', assumptions: ['date-without-zone-utc'] });
  });

  it('does not name date-without-zone-utc when the key is absent, since nothing was compared', () => {
    expect(check('DateLessThan', T, ['2026-01-01'], {}).assumptions).not.toContain(
      'date-without-zone-utc',
    );
  });

  it.each([
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2024-01-01 10:30', Date.UTC(2024, 0, 1, 10, 30)],
    ['2024-01-01T10:00:00+02:00', Date.UTC(2024, 0, 1, 8)],
    ['2024-01-01T10:00:00+05:30', Date.UTC(2024, 0, 1, 4, 30)],
    ['2024-01-01T10:00:00-01:30', Date.UTC(2024, 0, 1, 11, 30)],
    ['2024-01-01T18:00:00+18:00', Date.UTC(2024, 0, 1, 0)],
    ['2024-01-01T00:00:00-1800', Date.UTC(2024, 0, 1, 18)],
    ['2024-01-01T10:00:00.250Z', Date.UTC(2024, 0, 1, 10, 0, 0, 250)],
    ['0100-01-01', new Date('0100-01-01T00:00:00Z').getTime()],
  ])('reads `%s` as the instant it names', (text, instant) => {
    expect(parseIsoDate(text)).toBe(instant);
  });

  it('reads every instant written by toISOString back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), (d) => {
        expect(parseIsoDate(d.toISOString())).toBe(d.getTime());
      }),
    );
  });
});

describe('bool operator', () => {
  const M = 'g:MFAPresent';
  it.each([
    [['true'], 'true', 'true'],
    [['true'], 'TRUE', 'true'],
    [['True'], 'true', 'true'],
    [['true'], 'false', 'false'],
    [['false'], 'false', 'true'],
    [['true'], 'yes', 'false'],
    [['yes'], 'true', 'false'],
  ])('Bool %j against `%s` is %s', (values, requestValue, expected) => {
    expect(check('Bool', M, values, { [M]: requestValue }).result).toBe(expected);
  });
});

describe('ip operators', () => {
  const S = 'g:SourceIp';
  it.each([
    ['IpAddress', ['10.0.0.0/8'], '10.1.2.3', 'true'],
    ['IpAddress', ['10.0.0.0/8'], '11.1.2.3', 'false'],
    ['IpAddress', ['192.168.1.7'], '192.168.1.7', 'true'],
    ['IpAddress', ['192.168.1.7'], '192.168.1.8', 'false'],
    ['IpAddress', ['192.168.1.7/32'], '192.168.1.7', 'true'],
    ['IpAddress', ['2001:db8::5/128'], '2001:db8::5', 'true'],
    ['IpAddress', ['2001:db8::/32'], '2001:db8:1::5', 'true'],
    ['IpAddress', ['2001:db8::/32'], '2001:db9::5', 'false'],
    ['IpAddress', ['10.0.0.0/8'], '::ffff:10.0.0.1', 'true'],
    ['IpAddress', ['2001:db8::/32'], '10.0.0.1', 'false'],
    ['IpAddress', ['10.0.0.0/8', '2001:db8::/32'], '2001:db8::1', 'true'],
    ['IpAddress', ['0.0.0.0/0'], '8.8.8.8', 'true'],
    ['IpAddress', ['10.0.0.0/8'], '10.1', 'false'],
    ['IpAddress', ['10.0.0.0/8'], 'not-an-ip', 'false'],
    ['IpAddress', ['10.0.0.0/33'], '10.0.0.1', 'false'],
    ['NotIpAddress', ['10.0.0.0/8'], '11.1.2.3', 'true'],
    ['NotIpAddress', ['10.0.0.0/8'], '10.1.2.3', 'false'],
    ['NotIpAddress', ['10.0.0.0/8'], 'garbage', 'false'],
  ])('%s %j against `%s` is %s', (operator, values, requestValue, expected) => {
    expect(check(operator, S, values, { [S]: requestValue }).result).toBe(expected);
  });

  it.each([
    '10.0.0.0/8/1',
    '10.0.0.0/',
    '10.0.0.0/-1',
    '10.0.0.0/8 ',
    '10.0.0.0/0x8',
    '10.0.0.0/1e1',
    '10.0.0.0/0008',
    '1.2.3',
    '0x7f.0.0.1/8',
    '10.0.0.0/33',
    '::/129',
  ])('rejects `%s` as an address or CIDR block', (text) => {
    expect(isIpRange(text)).toBe(false);
  });

  it.each(['10.0.0.7', '10.0.0.7/32', '0.0.0.0/0', '2001:db8::1/128', '::ffff:10.0.0.1/8'])(
    'accepts `%s` as an address or CIDR block',
    (text) => {
      expect(isIpRange(text)).toBe(true);
    },
  );

  it.each([
    ['10.0.0.7', true],
    ['2001:db8::1', true],
    ['::ffff:10.0.0.1', true],
    ['10.1', false],
    ['0x7f.0.0.1', false],
    ['10.0.0.0/8', false],
    ['', false],
  ])('reads `%s` as a single address: %s', (text, expected) => {
    expect(isIpAddress(text)).toBe(expected);
  });

  it('puts every IPv4 address inside its own /24 block', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const block = `${ip.split('.').slice(0, 3).join('.')}.0/24`;
        expect(check('IpAddress', S, [block], { [S]: ip }).result).toBe('true');
      }),
    );
  });
});
