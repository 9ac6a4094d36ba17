import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '../database/database-errors';
import { placeholder } from '../database/placeholders';
import { preparedQuery } from '../database/prepared-query';

/**
 * What a candidate's page shows, read as counts and last changes in one query
 * of small indexed lookups: the candidate, their facts and CVs; their
 * applications and, through each vacancy's shortlist revision, every move,
 * screening, interview result and change of the vacancy; notes; the mails of
 * their applications with their state; interviews and scorecards; whoever
 * may be the same person (candidates sharing the phone or name key, the
 * namesakes' facts, "not the same person" marks); and the users' names.
 * Any change to those gives another revision; a page kept under one is never
 * shown after such a change.
 */
const PARTS = [
  `c.updated_at`,
  `(SELECT COUNT(*) FROM candidate_facts f WHERE f.candidate_id = c.id)`,
  `(SELECT MAX(f.updated_at) FROM candidate_facts f WHERE f.candidate_id = c.id)`,
  `(SELECT COUNT(*) FROM cv_documents d WHERE d.candidate_id = c.id)`,
  `(SELECT COUNT(*) FROM cv_documents d WHERE d.candidate_id = c.id AND d.status = 'read')`,
  `(SELECT COUNT(*) FROM applications a WHERE a.candidate_id = c.id)`,
  `(SELECT SUM(v.shortlist_revision) FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
     WHERE a.candidate_id = c.id)`,
  `(SELECT COUNT(*) FROM candidate_notes n WHERE n.candidate_id = c.id)`,
  `(SELECT MAX(n.created_at) FROM candidate_notes n WHERE n.candidate_id = c.id)`,
  // A mail's state: how often it was tried, whether it went, and its status.
  `(SELECT COUNT(*) || ':' || SUM(m.attempts) || ':' || COUNT(m.sent_at) || ':' ||
      SUM(CASE m.status WHEN 'queued' THEN 1 WHEN 'sending' THEN 100 WHEN 'sent' THEN 10000
                        WHEN 'failed' THEN 1000000 ELSE 100000000 END)
     FROM mails m WHERE m.application_id IN (SELECT a.id FROM applications a WHERE a.candidate_id = c.id))`,
  `(SELECT COUNT(*) FROM interviews i WHERE i.candidate_id = c.id)`,
  `(SELECT MAX(i.updated_at) FROM interviews i WHERE i.candidate_id = c.id)`,
  `(SELECT COUNT(*) FROM scorecards s JOIN interviews i ON i.id = s.interview_id WHERE i.candidate_id = c.id)`,
  `(SELECT MAX(s.updated_at) FROM scorecards s JOIN interviews i ON i.id = s.interview_id
     WHERE i.candidate_id = c.id)`,
  `(SELECT COUNT(*) FROM candidates o WHERE o.phone_key = c.phone_key)`,
  `(SELECT MAX(o.updated_at) FROM candidates o WHERE o.phone_key = c.phone_key)`,
  `(SELECT COUNT(*) FROM candidates o WHERE o.name_key = c.name_key)`,
  `(SELECT MAX(o.updated_at) FROM candidates o WHERE o.name_key = c.name_key)`,
  `(SELECT MAX(f.updated_at) FROM candidate_facts f
     WHERE f.candidate_id IN (SELECT o.id FROM candidates o WHERE o.name_key = c.name_key))`,
  `(SELECT COUNT(*) FROM candidate_not_duplicates x WHERE x.first_id = c.id OR x.second_id = c.id)`,
  `(SELECT MAX(u.updated_at) FROM users u)`,
];

@Injectable()
export class CandidateRevisionRepository {
  private readonly sql: string;

  constructor(private readonly dataSource: DataSource) {
    const columns = PARTS.map((part, index) => `${part} AS p${index}`).join(',\n');
    this.sql = `SELECT ${columns} FROM candidates c WHERE c.id = ${placeholder(dataSource)(1)}`;
  }

  /** The revision of everything the candidate's page shows; null when there is no such candidate. */
  async of(candidateId: string): Promise<string | null> {
    if (!isId(candidateId)) return null;
    const [row] = await preparedQuery(this.dataSource, 'candidate-revision', this.sql, [candidateId]);
    if (!row) return null;
    return PARTS.map((_, index) => {
      const value = row[`p${index}`];
      return value instanceof Date ? value.toISOString() : String(value ?? '');
    }).join('|');
  }
}
