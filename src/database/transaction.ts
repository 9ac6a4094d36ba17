import type { EntityManager } from 'typeorm';

/**
 * A database transaction handed from one repository to another, so that a
 * use case can make several features' writes in one commit without its
 * service knowing TypeORM.
 */
export type Transaction = EntityManager;
