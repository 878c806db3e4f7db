/**
 * IpAddress / NotIpAddress (reference §7.2): a request address (IPv4 or IPv6) inside a policy
 * address or CIDR block. Parsing and range tests are ipaddr.js's; only dotted-quad IPv4 is
 * accepted (ipaddr.js would otherwise also read forms like `127.1` or `0x7f.0.0.1`).
 */
import ipaddr from 'ipaddr.js';
import type { CompiledOperand, OperatorDefinition } from './condition-types';

type Address = ReturnType<typeof ipaddr.parse>;
type Range = [Address, number];

/** A request address; IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes its IPv4 form. */
function parseIpAddress(text: string): Address | null {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (!ipaddr.IPv6.isValid(text)) return null;
  const v6 = ipaddr.IPv6.parse(text);
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address() : v6;
}

/** A policy address or CIDR block as a range; a bare address is a one-address block. */
function parseIpRange(text: string): Range | null {
  const slash = text.indexOf('/');
  const address = parseIpAddress(slash < 0 ? text : text.slice(0, slash));
  if (address === null) return null;
  const maxBits = address.kind() === 'ipv4' ? 32 : 128;
  if (slash < 0) return [address, maxBits];
  const bitsText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bitsText)) return null;
  const bits = Number(bitsText);
  return bits <= maxBits ? [address, bits] : null;
}

/**
 * Whether text is an address (`isIpAddress`) or an address or CIDR block (`isIpRange`) as the IP
 * operators read them. Callers outside the engine need only the answer, and so the engine's
 * published types need none of ipaddr.js's, which the package bundles.
 */
export const isIpAddress = (text: string): boolean => parseIpAddress(text) !== null;
export const isIpRange = (text: string): boolean => parseIpRange(text) !== null;

function ipOperand(policyValues: readonly string[]): CompiledOperand {
  const ranges: Range[] = [];
  const invalidPolicyValues: string[] = [];
  for (const text of policyValues) {
    const range = parseIpRange(text);
    if (range === null) invalidPolicyValues.push(text);
    else ranges.push(range);
  }
  return {
    test: (text) => {
      const address = parseIpAddress(text);
      if (address === null) return 'unparseable';
      const inside = ranges.some(
        ([net, bits]) => net.kind() === address.kind() && address.match(net, bits),
      );
      return inside ? 'match' : 'no-match';
    },
    invalidPolicyValues,
  };
}

const base = {
  family: 'ip',
  valueType: 'ip_address',
  ignoreCase: false,
  verb: 'is in',
  negatedVerb: 'is not in',
  compile: ipOperand,
} as const;

export const IP_OPERATORS: readonly OperatorDefinition[] = [
  { ...base, name: 'IpAddress', negated: false },
  { ...base, name: 'NotIpAddress', negated: true },
];
