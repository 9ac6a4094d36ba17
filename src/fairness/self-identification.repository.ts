import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { SelfIdentification } from './entities/self-identification.entity';
import type { QuestionSetKey } from './question-sets';

export type SelfIdentificationRecord = Omit<SelfIdentification, 'id' | 'question' | 'answer' | 'application'>;

/**
 * The answers table: written whole per application and set, withdrawn whole, and read one person at a time
 * only to hand a person their own answers (see own-answers.ts).
 */
@Injectable()
export class SelfIdentificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the application's answers to one set with these, in the caller's transaction. */
  async replace(tx: Transaction, record: SelfIdentificationRecord, answers: Record<string, string>): Promise<void> {
    const rows = tx.getRepository(SelfIdentification);
    await rows.delete({ applicationId: record.applicationId, questionSet: record.questionSet });
    await rows.insert(
      Object.entries(answers).map(([question, answer]) => ({ ...record, id: newId(), question, answer })),
    );
  }

  /** The answers given in these applications, for the person who gave them. */
  async givenIn(applicationIds: readonly string[]): Promise<SelfIdentification[]> {
    if (applicationIds.length === 0) return [];
    return this.dataSource.getRepository(SelfIdentification).find({
      where: { applicationId: In([...applicationIds]) },
      order: { applicationId: 'ASC', questionSet: 'ASC', question: 'ASC' },
    });
  }

  /** Deletes every answer the application gave; how many were deleted. */
  async withdraw(applicationId: string, questionSet?: QuestionSetKey, tx?: Transaction): Promise<number> {
    const result = await (tx ?? this.dataSource.manager)
      .getRepository(SelfIdentification)
      .delete(questionSet ? { applicationId, questionSet } : { applicationId });
    return result.affected ?? 0;
  }
}
