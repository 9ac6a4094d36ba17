import { CoursesCriterion, ProfileLanguage } from '../profile';
import { joinList, phraseMatcher } from '../text';
import { Assessment, CompiledCriterion, FactTrail, nothingKnown, Words } from './assessment';

const WORDS: Words<{
  unknown: string;
  coursesIn: string;
  noCourseIn: string;
  topics: (n: number, of: number) => string;
}> = {
  nl: {
    unknown: 'cursussen onbekend',
    coursesIn: 'cursus in',
    noCourseIn: 'geen cursus in',
    topics: (n, of) => `${n} van ${of} onderwerpen`,
  },
  et: {
    unknown: 'kursused teadmata',
    coursesIn: 'kursus teemal',
    noCourseIn: 'pole kursust teemal',
    topics: (n, of) => `${n} teemat ${of}-st`,
  },
  en: {
    unknown: 'courses unknown',
    coursesIn: 'a course in',
    noCourseIn: 'no course in',
    topics: (n, of) => `${n} of ${of} topics`,
  },
};

/** Courses are a bonus: each of the profile's topics covered by a course earns an equal share. */
export function compileCourses(criterion: CoursesCriterion, language: ProfileLanguage): CompiledCriterion {
  const words = WORDS[language];
  const topics = [...criterion.topics].sort().map((topic) => ({ topic, matches: phraseMatcher(topic) }));

  return {
    kind: 'courses',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts): Assessment {
      const courses = facts.courses ?? [];
      if (courses.length === 0) {
        return nothingKnown(words.unknown);
      }
      const trail = new FactTrail();
      const covered = topics.filter(({ matches }) => {
        const course = courses.find((fact) => matches(fact.data.topic ?? '') || matches(fact.data.name));
        if (course) trail.use(course);
        return course !== undefined;
      });
      const names = covered.map(({ topic }) => topic);
      const description = names.length
        ? `${words.coursesIn} ${joinList(names, language)} (${words.topics(names.length, topics.length)})`
        : `${words.noCourseIn} ${joinList(
            topics.map(({ topic }) => topic),
            language,
            true,
          )}`;
      return {
        fraction: topics.length ? covered.length / topics.length : 1,
        known: 1,
        meetsBar: topics.length === 0 || covered.length > 0,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description,
      };
    },
  };
}
