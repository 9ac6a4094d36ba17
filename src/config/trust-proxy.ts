import { isIP } from 'node:net';

/** The names Express's "trust proxy" setting knows for ranges of addresses. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY as Express's "trust proxy" takes it: a number of hops (0 to
 * 10), or addresses, subnets and named ranges separated by commas; undefined
 * for anything else.
 */
export function trustedProxies(raw: string): number | string[] | undefined {
  if (/^\d+$/.test(raw)) return Number(raw) <= 10 ? Number(raw) : undefined;
  const items = raw.split(',').map((item) => item.trim());
  return items.every(isProxy) ? items : undefined;
}

function isProxy(item: string): boolean {
  if (NAMED_RANGES.includes(item)) return true;
  const [address, bits, extra] = item.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}
