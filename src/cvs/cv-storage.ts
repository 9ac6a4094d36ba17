import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Settings } from '../config/settings';

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
    const path = this.pathOf(sha256);
    if (await this.exists(path)) return sha256;
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return sha256;
  }

  async has(sha256: string): Promise<boolean> {
    return this.exists(this.pathOf(sha256));
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
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
