import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Settings } from '../config/settings';

/** A file written under a temporary name, not yet under its hash: placed when its row commits, discarded otherwise. */
export interface StagedCv {
  sha256: string;
  /** Renames it to its hash (the same content may be there already: it is replaced by itself, and made new). */
  place(): Promise<void>;
  /** Removes the temporary file, if it is still there. */
  discard(): Promise<void>;
}

/** What the storage folder holds, for the sweep of files no CV refers to. */
export interface StoredFiles {
  files: { sha256: string; modifiedAt: Date }[];
  /** Files of uploads that never finished (`.tmp`), and of a sweep that stopped half-way (`.sweep`). */
  leftovers: { folder: string; name: string; sha256: string; kind: 'tmp' | 'sweep'; modifiedAt: Date }[];
}

const HASH = /^[0-9a-f]{64}$/;
const LEFTOVER = /^([0-9a-f]{64})\.(?:[0-9a-f]+\.(tmp)|(sweep))$/;

/**
 * The original CV files, each named by the SHA-256 of its content: the same
 * file sent twice is kept once, and a name can never point at other content.
 */
@Injectable()
export class CvStorage {
  private readonly root: string;

  constructor(settings: Settings) {
    this.root = settings.cv.storageDir;
  }

  static hash(bytes: Buffer): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** Stores the bytes under their hash; written to a temporary name first, so no reader sees half a file. */
  async save(bytes: Buffer, sha256 = CvStorage.hash(bytes)): Promise<string> {
    if (await this.has(sha256)) return sha256;
    const staged = await this.stage(bytes, sha256);
    try {
      await staged.place();
    } finally {
      await staged.discard();
    }
    return sha256;
  }

  /**
   * Writes the bytes under a temporary name of their own beside where they belong. The caller places the
   * file in the transaction that records it, so a failed write of the record leaves no file behind.
   */
  async stage(bytes: Buffer, sha256 = CvStorage.hash(bytes)): Promise<StagedCv> {
    const path = this.pathOf(sha256);
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return {
      sha256,
      place: () => rename(temporary, path),
      discard: () => rm(temporary, { force: true }),
    };
  }

  async has(sha256: string): Promise<boolean> {
    return this.exists(this.pathOf(sha256));
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  /** Every file in the folder, with when it was last written. */
  async list(): Promise<StoredFiles> {
    const out: StoredFiles = { files: [], leftovers: [] };
    const shards = (await readdir(this.root).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{2}$/.test(name));
    for (const shard of shards) {
      for (const name of await readdir(join(this.root, shard)).catch(() => [] as string[])) {
        const modifiedAt = await this.modifiedAt(join(this.root, shard, name));
        if (!modifiedAt) continue;
        const leftover = LEFTOVER.exec(name);
        if (HASH.test(name)) out.files.push({ sha256: name, modifiedAt });
        else if (leftover) {
          out.leftovers.push({
            folder: shard,
            name,
            sha256: leftover[1],
            kind: leftover[2] ? 'tmp' : 'sweep',
            modifiedAt,
          });
        }
      }
    }
    return out;
  }

  /**
   * Removes a file no CV refers to, unless it was written at or after `writtenBefore`: an upload that is
   * placing the same content now has made it new. The file is first moved aside, so that an upload placing
   * it between the check and the removal puts a file of its own back, which stays; one that was placed just
   * before the move is seen by its time and moved back. True when it was removed.
   */
  async removeUnused(sha256: string, writtenBefore: Date): Promise<boolean> {
    const path = this.pathOf(sha256);
    const aside = `${path}.sweep`;
    const before = await this.modifiedAt(path);
    if (!before || before >= writtenBefore) return false;
    try {
      await rename(path, aside);
    } catch {
      return false;
    }
    const moved = await this.modifiedAt(aside);
    if (moved && moved >= writtenBefore) {
      await this.restore(sha256);
      return false;
    }
    await rm(aside, { force: true });
    return true;
  }

  /** Removes the file of this hash at once (an erasure, which has made sure no CV refers to it). */
  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** Puts a file moved aside by a sweep back under its hash, unless an upload placed it there again. */
  async restore(sha256: string): Promise<void> {
    const path = this.pathOf(sha256);
    if (await this.exists(path)) await rm(`${path}.sweep`, { force: true });
    else await rename(`${path}.sweep`, path).catch(() => undefined);
  }

  /** Removes a leftover file (see `list`) by its name. */
  async removeLeftover(leftover: StoredFiles['leftovers'][number]): Promise<void> {
    if (!LEFTOVER.test(leftover.name) || !/^[0-9a-f]{2}$/.test(leftover.folder)) {
      throw new Error(`Not a leftover CV file: ${leftover.folder}/${leftover.name}`);
    }
    await rm(join(this.root, leftover.folder, leftover.name), { force: true });
  }

  private pathOf(sha256: string): string {
    if (!HASH.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  private async modifiedAt(path: string): Promise<Date | null> {
    try {
      const found = await stat(path);
      return found.isFile() ? found.mtime : null;
    } catch {
      return null;
    }
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  }
}
