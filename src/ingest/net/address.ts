/**
 * Which IP addresses a fetch may connect to, in three classes:
 *   - `public`: always allowed;
 *   - `private`: loopback, RFC 1918, carrier-grade NAT, unique-local IPv6,
 *     unspecified, multicast, reserved, documentation and benchmarking ranges:
 *     refused unless private addresses are allowed (`--allow-private`);
 *   - `link-local`: 169.254.0.0/16, fe80::/10 and the cloud metadata endpoints
 *     (169.254.169.254, fd00:ec2::254, Alibaba's 100.100.100.200 …): refused
 *     unless named explicitly (`--allow-link-local`); `--allow-private` never
 *     opens them, so a test setup cannot leak cloud credentials by accident.
 * IPv6 forms that carry an IPv4 address are judged by that address: mapped
 * (`::ffff:0:0/96`), translated (`::ffff:0:0:0/96`), compatible (`::/96`),
 * NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`); Teredo (`2001::/32`) and
 * local-use NAT64 (`64:ff9b:1::/48`) hide their target and are private.
 *
 * Uses node:net's BlockList for the ranges; the IPv6 parsing into groups is
 * hand-written because BlockList has no way to extract an embedded IPv4.
 */
import { BlockList, isIP } from 'node:net';

export type AddressClass = 'public' | 'private' | 'link-local';

export interface AddressPolicy {
  readonly allowPrivate?: boolean;
  readonly allowLinkLocal?: boolean;
}

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['64:ff9b:1::', 48],
  ['fc00::', 7],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

const LINK_LOCAL = new BlockList();
LINK_LOCAL.addSubnet('169.254.0.0', 16, 'ipv4');
LINK_LOCAL.addSubnet('fe80::', 10, 'ipv6');
/** Cloud metadata endpoints outside the link-local ranges (AWS IPv6, Alibaba). */
for (const a of ['100.100.100.200']) LINK_LOCAL.addAddress(a, 'ipv4');
for (const a of ['fd00:ec2::254', 'fd00:ec2::23']) LINK_LOCAL.addAddress(a, 'ipv6');

/** An IPv6 address as its eight 16-bit groups, or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const b = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string): number[] => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const groups = [...head, ...new Array<number>(fill).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

const v4 = (hi: number, lo: number): string => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The IPv4 address an IPv6 address carries (mapped, translated, compatible, NAT64, 6to4), else undefined. */
export function embeddedIpv4(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (!g) return undefined;
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (translated), ::a.b.c.d (compatible; not :: or ::1).
  if (zeros(0, 5) && g[5] === 0xffff) return v4(g[6]!, g[7]!);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return v4(g[6]!, g[7]!);
  if (zeros(0, 6) && (g[6] !== 0 || g[7]! > 1)) return v4(g[6]!, g[7]!);
  // 64:ff9b::a.b.c.d (NAT64 well-known prefix).
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4(g[6]!, g[7]!);
  // 2002:AABB:CCDD::/48 (6to4).
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  return undefined;
}

/** The class of a literal address (see the module comment); names that are not addresses are `public` here (their DNS answers are checked). */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0]!;
  const family = isIP(bare);
  if (family === 4) {
    if (LINK_LOCAL.check(bare, 'ipv4')) return 'link-local';
    return PRIVATE.check(bare, 'ipv4') ? 'private' : 'public';
  }
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner) return classifyAddress(inner);
    if (LINK_LOCAL.check(bare, 'ipv6')) return 'link-local';
    return PRIVATE.check(bare, 'ipv6') ? 'private' : 'public';
  }
  return 'public';
}

/** True when the policy refuses connecting to this literal address. */
export function isBlockedAddress(address: string, policy: AddressPolicy = {}): boolean {
  const cls = classifyAddress(address);
  if (cls === 'link-local') return !policy.allowLinkLocal;
  if (cls === 'private') return !policy.allowPrivate;
  return false;
}
