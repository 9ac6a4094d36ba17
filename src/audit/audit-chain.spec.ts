import { ChainedFields, ChainWalker, entryHash } from './audit-chain';
import { changedFields, Personal } from './audit-record';
import { monthsBefore } from './audit-retention';
import { auditFilterOf } from './audit-filter';

function chain(length: number, start = { prunedThrough: 0, prunedHash: '' }): (ChainedFields & { hash: string })[] {
  const entries: (ChainedFields & { hash: string })[] = [];
  let prevHash = start.prunedHash;
  for (let seq = start.prunedThrough + 1; seq <= start.prunedThrough + length; seq++) {
    const entry: ChainedFields = {
      seq,
      at: new Date(Date.UTC(2026, 11, 7, 9, 0, seq)),
      actorId: 'user-1',
      actorRoles: 'recruiter',
      ip: '127.0.0.1',
      userAgent: 'test',
      requestId: `request-${seq}`,
      action: 'candidate.updated',
      subjectType: 'candidate',
      subjectId: 'c1',
      candidateId: 'c1',
      vacancyId: null,
      details: JSON.stringify({ seq }),
      prevHash,
    };
    const hash = entryHash(entry);
    entries.push({ ...entry, hash });
    prevHash = hash;
  }
  return entries;
}

function walk(
  entries: (ChainedFields & { hash: string })[],
  head = entries.at(-1)!,
  start = { prunedThrough: 0, prunedHash: '' },
) {
  const walker = new ChainWalker(start);
  for (const entry of entries) if (!walker.next(entry)) break;
  return walker.finish({ seq: head.seq, hash: head.hash });
}

describe('the audit chain', () => {
  it('passes a chain as written', () => {
    expect(walk(chain(5))).toBeNull();
  });

  it('depends on every field, and on the entry before', () => {
    const [entry] = chain(1);
    const fields = Object.keys(entry).filter((key) => key !== 'hash') as (keyof ChainedFields)[];
    for (const field of fields) {
      const changed = { ...entry, [field]: field === 'at' ? new Date(0) : field === 'seq' ? 9 : 'other' };
      expect(entryHash(changed)).not.toBe(entry.hash);
    }
    // Fields cannot run into each other: moving a character between two changes the hash.
    expect(entryHash({ ...entry, ip: '127.0.0.', userAgent: '1test' })).not.toBe(entry.hash);
  });

  it('names the first entry changed, removed or inserted, and a head that does not match', () => {
    const entries = chain(6);
    expect(walk(entries.map((entry) => (entry.seq === 3 ? { ...entry, details: '{}' } : entry)))).toEqual({
      kind: 'changed',
      seq: 3,
    });
    expect(walk(entries.filter((entry) => entry.seq !== 4))).toEqual({ kind: 'missing', seq: 4 });
    // An entry replaced by one hashed right for its own content, but not linked to the one before.
    const forged = { ...entries[2], prevHash: 'f'.repeat(64) };
    forged.hash = entryHash(forged);
    expect(walk([...entries.slice(0, 2), forged, ...entries.slice(3)])).toEqual({ kind: 'inserted', seq: 3 });
    // The last entries removed: the head still names the last one written.
    expect(walk(entries.slice(0, 4), entries[5])).toEqual({ kind: 'missing', seq: 5 });
    expect(walk(entries, { ...entries[5], hash: 'x' })).toEqual({ kind: 'head', seq: 6 });
  });

  it('starts after the entries the retention removed, from the hash it kept', () => {
    const entries = chain(6);
    const start = { prunedThrough: 2, prunedHash: entries[1].hash };
    expect(walk(entries.slice(2), entries[5], start)).toBeNull();
    expect(walk(entries.slice(3), entries[5], start)).toEqual({ kind: 'missing', seq: 3 });
    expect(walk(entries.slice(2), entries[5], { prunedThrough: 2, prunedHash: 'other' })).toEqual({
      kind: 'inserted',
      seq: 3,
    });
  });
});

describe('what an entry records of a change', () => {
  it('keeps only the fields that changed, personal ones as personal values', () => {
    const changes = changedFields(
      { name: 'Anna', phone: '+31 6 1', language: 'nl', at: new Date(1) },
      { name: 'Anna B', phone: '+31 6 1', language: 'en', at: new Date(1), location: undefined },
      ['name', 'phone'],
    );
    expect(Object.keys(changes)).toEqual(['name', 'language']);
    expect(changes.name.from).toBeInstanceOf(Personal);
    expect((changes.name.to as Personal).value).toBe('Anna B');
    expect(changes.language).toEqual({ from: 'nl', to: 'en' });
  });
});

describe('the retention period', () => {
  it('counts calendar months, to the last day of a shorter month', () => {
    expect(monthsBefore(new Date('2026-12-07T10:00:00Z'), 6).toISOString()).toBe('2026-06-07T10:00:00.000Z');
    expect(monthsBefore(new Date('2027-08-31T23:59:00Z'), 6).toISOString()).toBe('2027-02-28T23:59:00.000Z');
    expect(monthsBefore(new Date('2026-03-15T00:00:00Z'), 24).toISOString()).toBe('2024-03-15T00:00:00.000Z');
  });
});

describe('the audit filter', () => {
  it('takes in the whole last day, and refuses days that do not exist or run backwards', () => {
    expect(auditFilterOf({ from: '2026-12-01', to: '2026-12-07' })).toMatchObject({
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-08T00:00:00Z'),
    });
    expect(() => auditFilterOf({ from: '2026-02-29' })).toThrow('invalid fields: from');
    expect(() => auditFilterOf({ from: '2026-12-07', to: '2026-12-01' })).toThrow('invalid fields: to');
  });
});
