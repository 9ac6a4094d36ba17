import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { placeholder } from '../../database/placeholders';
import { preparedQuery } from '../../database/prepared-query';
import { storedTime, timeParameter } from '../../database/stored-time';
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

  /** The session, while it has not expired. Read on every page, so one plain statement. */
  async findLive(id: string, now: Date): Promise<StoredSession | null> {
    const postgres = this.dataSource.options.type === 'postgres';
    const $ = placeholder(this.dataSource);
    const [row] = (await preparedQuery(
      this.dataSource,
      'live-session',
      `SELECT user_id AS "userId", token_version AS "tokenVersion", expires_at AS "expiresAt"
         FROM web_sessions WHERE id = ${$(1)} AND expires_at > ${$(2)}`,
      [id, timeParameter(now, postgres)],
    )) as { userId: string; tokenVersion: number | string; expiresAt: unknown }[];
    return row
      ? { userId: row.userId, tokenVersion: Number(row.tokenVersion), expiresAt: storedTime(row.expiresAt) }
      : null;
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
