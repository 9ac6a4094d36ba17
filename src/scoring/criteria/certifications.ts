import { CertificationFact, CertificationsCriterion, Fact, ProfileLanguage } from '../profile';
import { holdsName, joinList } from '../text';
import { Assessment, CompiledCriterion, FactTrail, nothingKnown, Words } from './assessment';

const WORDS: Words<{ unknown: string; required: string; preferred: string; none: string; any: string }> = {
  nl: {
    unknown: 'certificaten onbekend',
    required: 'vereist',
    preferred: 'gewenst',
    none: 'geen',
    any: 'een certificaat',
  },
  et: {
    unknown: 'sertifikaadid teadmata',
    required: 'nõutud',
    preferred: 'soovitav',
    none: 'puuduvad',
    any: 'mõni sertifikaat',
  },
  en: {
    unknown: 'certifications unknown',
    required: 'required',
    preferred: 'preferred',
    none: 'none',
    any: 'a certification',
  },
};

/** Share of the points on the required certifications when the profile also names preferred ones. */
const REQUIRED_SHARE = 0.7;

/**
 * Required certifications earn in proportion to how many are held; preferred
 * ones are alternatives, so holding any one of them earns their share.
 */
export function compileCertifications(
  criterion: CertificationsCriterion,
  language: ProfileLanguage,
): CompiledCriterion {
  const words = WORDS[language];
  const required = [...(criterion.required ?? [])].sort();
  const preferred = [...(criterion.preferred ?? [])].sort();
  const asks = [
    required.length && `${words.required}: ${joinList(required, language)}`,
    preferred.length && `${words.preferred}: ${joinList(preferred, language, true)}`,
  ].filter(Boolean);
  const asked = `; ${asks.length ? asks.join('; ') : words.any}`;

  return {
    kind: 'certifications',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts): Assessment {
      const held = facts.certifications ?? [];
      if (held.length === 0) {
        return nothingKnown(words.unknown, required.length ? null : true);
      }
      const trail = new FactTrail();
      const holding = (name: string): Fact<CertificationFact> | undefined => {
        const fact = held.find((certificate) => holdsName(certificate.data.name, name));
        if (fact) trail.use(fact);
        return fact;
      };
      const requiredHeld = required.filter((name) => holding(name)).length;
      const preferredHeld = preferred.filter((name) => holding(name)).length > 0;
      let fraction: number;
      if (required.length && preferred.length) {
        fraction = (REQUIRED_SHARE * requiredHeld) / required.length + (preferredHeld ? 1 - REQUIRED_SHARE : 0);
      } else if (required.length) {
        fraction = requiredHeld / required.length;
      } else if (preferred.length) {
        fraction = preferredHeld ? 1 : 0;
      } else {
        fraction = 1;
        held.forEach((fact) => trail.use(fact));
      }
      const names = held.map((fact) => fact.data.name);
      return {
        fraction,
        known: 1,
        meetsBar: requiredHeld === required.length,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description: `${joinList(names, language)}${asked}`,
      };
    },
  };
}
