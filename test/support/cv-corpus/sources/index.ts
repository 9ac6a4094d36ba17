import { CvSource } from '../types';
import { EN } from './en';
import { ET } from './et';
import { NL } from './nl';
import { VARIANTS } from './variants';

/** Every CV of the corpus, in the order the evaluation reports them. */
export const CORPUS: CvSource[] = [...NL, ...ET, ...EN, ...VARIANTS];
