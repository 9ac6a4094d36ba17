import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebSession } from './web-session.entity';

export interface StoredSession {
  userId: string;
  tokenVersion: number;
  expiresAt: Date;
}

/** The web_sessions table, by the SHA-256 of the cookie's token. */
@Injectable()
export class WebSessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(id: string, session: StoredSession, now: Date): Promise<void> {
    await this.dataSource.getRepository(WebSession).insert({ id, ...session, createdAt: now });
  }

  /** The session, while it has not expired. */
  async findLive(id: string, now: Date): Promise<StoredSession | null> {
    const row = await this.dataSource
      .getRepository(WebSession)
      .createQueryBuilder('session')
      .select(['session.userId', 'session.tokenVersion', 'session.expiresAt'])
      .where('session.id = :id AND session.expires_at > :now', { id, now })
      .getOne();
    return row ? { userId: row.userId, tokenVersion: row.tokenVersion, expiresAt: row.expiresAt } : null;
  }

  async extend(id: string, expiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(WebSession).update({ id }, { expiresAt });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(WebSession).delete({ id });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.dataSource.createQueryBuilder().delete().from(WebSession).where('expires_at <= :now', { now }).execute();
  }
}
