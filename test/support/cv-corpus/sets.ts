import { join } from 'node:path';

/** Where the corpus is written: the first set at the top, each later set in a folder of its own. */
export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'cvs');

/**
 * The corpus's sets in the order they were written, each by someone who had
 * not read the reader. A set is measured once unseen; once the reader is
 * changed for what it showed, it is "tuned" and a new unseen set takes its
 * place. The goals are asserted on the tuned sets and the calibration is
 * fitted on them; the unseen sets are only reported, as the honest figure.
 */
export interface CorpusSet {
  /** The folder under test/fixtures/cvs ('' for the first set). */
  folder: string;
  tuned: boolean;
}

export const SETS: CorpusSet[] = [
  { folder: '', tuned: true },
  { folder: 'held-out', tuned: true },
  { folder: 'held-out-2', tuned: true },
  { folder: 'held-out-3', tuned: false },
  { folder: 'held-out-4', tuned: true },
  { folder: 'held-out-5', tuned: true },
  { folder: 'held-out-6', tuned: true },
  { folder: 'held-out-7', tuned: true },
  { folder: 'held-out-8', tuned: true },
  { folder: 'held-out-9', tuned: true },
  { folder: 'held-out-10', tuned: true },
  { folder: 'held-out-11', tuned: true },
  { folder: 'held-out-12', tuned: true },
  { folder: 'held-out-13', tuned: true },
  { folder: 'held-out-14', tuned: true },
  { folder: 'held-out-15', tuned: true },
  { folder: 'held-out-16', tuned: true },
  { folder: 'held-out-17', tuned: true },
  { folder: 'held-out-18', tuned: true },
  { folder: 'held-out-19', tuned: true },
  { folder: 'held-out-20', tuned: true },
  { folder: 'held-out-21', tuned: true },
  { folder: 'held-out-22', tuned: false },
  { folder: 'held-out-23', tuned: true },
  { folder: 'held-out-24', tuned: true },
  { folder: 'held-out-25', tuned: false },
  { folder: 'held-out-26', tuned: false },
  { folder: 'held-out-27', tuned: true },
  { folder: 'held-out-28', tuned: false },
  { folder: 'held-out-29', tuned: true },
  { folder: 'held-out-30', tuned: true },
  { folder: 'held-out-31', tuned: false },
  { folder: 'held-out-32', tuned: false },
  { folder: 'held-out-33', tuned: false },
  { folder: 'held-out-34', tuned: false },
  { folder: 'held-out-35', tuned: false },
  { folder: 'held-out-36', tuned: true },
  { folder: 'held-out-37', tuned: true },
  { folder: 'held-out-38', tuned: false },
  { folder: 'held-out-39', tuned: false },
  { folder: 'held-out-40', tuned: false },
  { folder: 'held-out-41', tuned: true },
  { folder: 'held-out-42', tuned: false },
  { folder: 'held-out-43', tuned: false },
];

export const setDir = (set: CorpusSet): string => join(FIXTURES, set.folder);
export const setTitle = (set: CorpusSet): string => (set.folder ? `${set.folder}/` : 'first set');
