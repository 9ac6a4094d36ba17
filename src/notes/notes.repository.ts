import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '../database/ids';
import { placeholder } from '../database/placeholders';
import { Transaction } from '../database/transaction';
import type { Language } from '../users/entities/user.entity';
import { Note } from './entities/note.entity';

export interface NoteAuthor {
  id: string;
  name: string;
}

export interface Colleague {
  id: string;
  name: string;
  email: string;
  language: Language;
}

/** The notes table, and who may be named in a note. */
@Injectable()
export class NotesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(tx: Transaction, note: Omit<Note, 'id'>): Promise<Note> {
    const row = { ...note, id: newId() };
    await tx.getRepository(Note).insert(row);
    return row;
  }

  /** A candidate's notes, newest first, with their authors' names. */
  async listOf(candidateId: string): Promise<(Note & { authorName: string | null })[]> {
    const notes = await this.dataSource
      .getRepository(Note)
      .find({ where: { candidateId }, order: { createdAt: 'DESC', id: 'DESC' } });
    const names = await this.names([...new Set(notes.flatMap((note) => [note.authorId ?? '', ...note.mentions]))]);
    return notes.map((note) => ({ ...note, authorName: note.authorId ? (names.get(note.authorId) ?? null) : null }));
  }

  /** Names of users by id. */
  async names(ids: string[]): Promise<Map<string, string>> {
    const wanted = ids.filter(Boolean);
    if (!wanted.length) return new Map();
    const $ = placeholder(this.dataSource);
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM users WHERE id IN (${wanted.map((_, index) => $(index + 1)).join(', ')})`,
      wanted,
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Active users who may read the candidate: recruiters and admins, and the
   * hiring managers of a vacancy the candidate applied to.
   */
  async colleaguesFor(candidateId: string): Promise<Colleague[]> {
    const $ = placeholder(this.dataSource);
    return this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.language FROM users u
        WHERE u.active = ${this.dataSource.options.type === 'postgres' ? 'TRUE' : '1'}
          AND (EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role IN ('recruiter', 'admin'))
            OR EXISTS (SELECT 1 FROM applications a
                         JOIN vacancy_members m ON m.vacancy_id = a.vacancy_id AND m.role = 'hiring_manager'
                        WHERE a.candidate_id = ${$(1)} AND m.user_id = u.id))
        ORDER BY u.name, u.id`,
      [candidateId],
    );
  }
}
