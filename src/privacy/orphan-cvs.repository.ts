import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CvDocument } from '../cvs/entities/cv-document.entity';

/** Which stored CV files a CV of any candidate still refers to. */
@Injectable()
export class OrphanCvsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Of these hashes, those a CV row names (a file is shared by every CV of the same content). */
  async referencedAmong(sha256s: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let start = 0; start < sha256s.length; start += 500) {
      const rows = await this.dataSource.getRepository(CvDocument).find({
        select: { sha256: true },
        where: { sha256: In(sha256s.slice(start, start + 500)) },
      });
      for (const row of rows) found.add(row.sha256);
    }
    return found;
  }
}
