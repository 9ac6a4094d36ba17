import { Fact, ProfileLanguage, SalesExperienceCriterion, WorkFact } from '../profile';
import { salesExperience } from '../sales-experience';
import { formatFigure, joinList, phraseMatcher } from '../text';
import { Assessment, CompiledCriterion, FactTrail, nothingKnown, Words } from './assessment';

const WORDS: Words<{
  unknown: string;
  years: (figure: string, value: number) => string;
  inSales: string;
  ofWhich: (years: string, industries: string) => string;
  minimum: string;
  target: string;
  unclassified: (count: number) => string;
}> = {
  nl: {
    unknown: 'werkervaring onbekend',
    years: (figure) => `${figure} jaar`,
    inSales: 'verkoopervaring',
    ofWhich: (years, industries) => `waarvan ${years} in ${industries}`,
    minimum: 'minimum',
    target: 'doel',
    unclassified: (count) =>
      count === 1 ? '1 functie nog niet als verkoop beoordeeld' : `${count} functies nog niet als verkoop beoordeeld`,
  },
  et: {
    unknown: 'töökogemus teadmata',
    years: (figure, value) => (value === 1 ? '1 aasta' : `${figure} aastat`),
    inSales: 'müügikogemust',
    ofWhich: (years, industries) => `sellest ${years} valdkonnas ${industries}`,
    minimum: 'miinimum',
    target: 'eesmärk',
    unclassified: (count) =>
      count === 1 ? '1 ametikoht veel müügiks liigitamata' : `${count} ametikohta veel müügiks liigitamata`,
  },
  en: {
    unknown: 'work history unknown',
    years: (figure, value) => (value === 1 ? '1 year' : `${figure} years`),
    inSales: 'in sales',
    ofWhich: (years, industries) => `of which ${years} in ${industries}`,
    minimum: 'minimum',
    target: 'target',
    unclassified: (count) =>
      count === 1 ? '1 job not yet classified as sales or not' : `${count} jobs not yet classified as sales or not`,
  },
};

/** Share of the points that rests on sales years in the vacancy's industries, when it names any. */
const INDUSTRY_SHARE = 0.15;

/**
 * Years in sales from dated history. Below the minimum earns nothing; from
 * there the points grow in proportion to the target and are full at it.
 * Jobs not yet classified as sales or not leave the figure open: they are
 * flagged, and a shortfall they could make up does not count as a knock-out.
 */
export function compileSalesExperience(
  criterion: SalesExperienceCriterion,
  language: ProfileLanguage,
): CompiledCriterion {
  const { minimumYears: minimum, targetYears: target } = criterion;
  const industries = [...(criterion.industries ?? [])].sort();
  const inIndustry = industries.map(phraseMatcher);
  const words = WORDS[language];
  const asks = [
    minimum > 0 && `${words.minimum} ${formatFigure(minimum, language)}`,
    `${words.target} ${formatFigure(target, language)}`,
  ].filter(Boolean);

  const inVacancyIndustry = (job: WorkFact): boolean =>
    job.industry !== undefined && inIndustry.some((matches) => matches(job.industry!));
  const share = (years: number): number => (target <= 0 ? 1 : Math.min(1, years / target));

  return {
    kind: 'salesExperience',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts, referenceDate): Assessment {
      const jobs = facts.work ?? [];
      if (jobs.length === 0) {
        return nothingKnown(words.unknown);
      }
      const trail = new FactTrail();
      for (const fact of jobs) if (fact.data.salesRole === true && fact.data.start <= referenceDate) trail.use(fact);
      const { years, unclassifiedJobs } = salesExperience(jobs.map(dataOf), referenceDate);
      let fraction = years < minimum ? 0 : share(years);
      let industryNote = '';
      if (inIndustry.length) {
        const industryYears = salesExperience(jobs.map(dataOf), referenceDate, inVacancyIndustry).years;
        fraction = fraction === 0 ? 0 : (1 - INDUSTRY_SHARE) * fraction + INDUSTRY_SHARE * share(industryYears);
        industryNote = `, ${words.ofWhich(words.years(formatFigure(industryYears, language), industryYears), joinList(industries, language, true))}`;
      }
      const open = unclassifiedJobs > 0 ? `; ${words.unclassified(unclassifiedJobs)}` : '';
      return {
        fraction,
        known: (jobs.length - unclassifiedJobs) / jobs.length,
        meetsBar: years >= minimum ? true : unclassifiedJobs > 0 ? null : false,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description:
          `${words.years(formatFigure(years, language), years)} ${words.inSales}${industryNote}; ` +
          `${asks.join(', ')}${open}`,
      };
    },
  };
}

const dataOf = (fact: Fact<WorkFact>): WorkFact => fact.data;
