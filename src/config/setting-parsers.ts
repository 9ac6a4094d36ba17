import { isAbsolute, resolve } from 'node:path';
import { trustedProxies } from './trust-proxy';
import type { DatabaseSettings } from './settings';

// How each kind of setting is read from its text, refusing what it cannot be.

/** A configuration problem; its message is the one line printed before exiting. */
export class SettingsError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'SettingsError';
  }
}

export function parseCountry(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(raw))
    throw new SettingsError(name, `must be a two-letter country code such as NL or EE; got "${raw}"`);
  return raw.toUpperCase();
}

export function parseDatabase(raw: string | undefined, dataDir: string, cwd: string): DatabaseSettings {
  const base = { runMigrations: true, busyTimeoutMs: 5000, poolSize: 10 };
  if (raw === undefined) {
    const sqlitePath = resolve(dataDir, 'sift.db');
    return { ...base, dialect: 'sqlite', url: `sqlite:${sqlitePath}`, sqlitePath };
  }
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    // A socket connection names its folder as ?host=, so a host may sit there instead.
    if (!url || (!url.hostname && !url.searchParams.get('host'))) {
      throw new SettingsError(
        'DATABASE_URL',
        'is not a valid postgres:// URL (postgres://user:password@host:port/database)',
      );
    }
    return { ...base, dialect: 'postgres', url: raw };
  }
  const sqlite = /^(sqlite|file):(.+)$/i.exec(raw);
  if (sqlite) {
    const sqlitePath = absolute(sqlite[1].toLowerCase() === 'file' ? sqlite[2].replace(/^\/\//, '') : sqlite[2], cwd);
    return { ...base, dialect: 'sqlite', url: `sqlite:${sqlitePath}`, sqlitePath };
  }
  throw new SettingsError('DATABASE_URL', 'must be sqlite:<file path> or postgres://user:password@host:port/database');
}

export function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

export function parseChoice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SettingsError(name, `must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

export function parseInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new SettingsError(name, `must be a whole number from ${min} to ${max}; got "${raw}"`);
  }
  return Number(raw);
}

export function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new SettingsError(name, `must be true or false; got "${raw}"`);
}

/** A whole number of months from 1 to 1200, or `off` (null). */
export function parseMonthsOrOff(name: string, raw: string | undefined, fallback: number | null): number | null {
  if (raw === undefined) return fallback;
  if (raw.toLowerCase() === 'off') return null;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1200) {
    throw new SettingsError(name, `must be a whole number of months from 1 to 1200, or off; got "${raw}"`);
  }
  return Number(raw);
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds, written as a number of seconds or with a unit: 90s, 15m, 12h, 7d. */
export function parseDuration(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const match = /^(\d+)([smhd]?)$/.exec(raw);
  if (!match || Number(match[1]) === 0) {
    throw new SettingsError(name, `must be a positive duration such as 900, 15m, 12h or 7d; got "${raw}"`);
  }
  return Number(match[1]) * DURATION_UNITS[match[2] || 's'];
}

/** A time of day as HH:MM (24 hours), or `off`. */
export function parseTimeOfDay(name: string, raw: string): { hour: number; minute: number } | null {
  if (raw.toLowerCase() === 'off') return null;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw);
  if (!match) throw new SettingsError(name, `must be a time of day such as 03:00, or off; got "${raw}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

export function parseSize(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(raw);
  if (!match || Number(match[1]) === 0) {
    throw new SettingsError(name, `must be a size such as 512kb or 1mb; got "${raw}"`);
  }
  return Number(match[1]) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()];
}

export function parseUrl(name: string, raw: string | undefined, protocols: string[]): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingsError(name, `must be a URL starting with ${protocols.join(' or ')}//`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new SettingsError(name, `must be a URL starting with ${protocols.join(' or ')}//; got "${url.protocol}//"`);
  }
  return raw;
}

/** Never "true": trusting every hop would let any client name its own address and dodge the login limits. */
export function parseTrustProxy(name: string, raw: string | undefined): number | string[] | undefined {
  if (raw === undefined) return undefined;
  const proxies = trustedProxies(raw);
  if (proxies === undefined) {
    throw new SettingsError(
      name,
      `must be a number of proxies, or addresses and subnets (or loopback, linklocal, uniquelocal) separated by commas; got "${raw}"`,
    );
  }
  return proxies;
}

/** An http(s) address with no query or fragment; kept without its trailing slash. */
export function parsePublicUrl(name: string, raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new SettingsError(
      name,
      `must be an http:// or https:// address such as https://sift.example.com; got "${raw}"`,
    );
  }
  return url.toString().replace(/\/+$/, '');
}

export function parsePrefix(name: string, raw: string): string {
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(raw)) {
    throw new SettingsError(name, `must be 1 to 64 letters, digits or _ . : -; got "${raw}"`);
  }
  return raw;
}

/** An address, bare or as "Name <address>". */
export function parseMailbox(name: string, raw: string): string {
  const address = /<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  if (!isEmail(address.trim())) {
    throw new SettingsError(name, `must be an e-mail address or "Name <address>"; got "${raw}"`);
  }
  return raw;
}

export function parseTimeZone(name: string, raw: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
  } catch {
    throw new SettingsError(name, `must be an IANA time zone such as Europe/Amsterdam or Europe/Tallinn; got "${raw}"`);
  }
  return raw;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}
