import {
  CLIENT_SEGMENT_ORDER,
  ClientBaseCriterion,
  ClientBaseFact,
  ClientSegment,
  Fact,
  ProfileLanguage,
} from '../profile';
import { formatEuros } from '../text';
import { Assessment, CompiledCriterion, FactTrail, knownOf, nothingKnown, Words } from './assessment';

const SEGMENTS: Words<Record<ClientSegment, string>> = {
  nl: { regional_smb: 'regionaal mkb', national: 'nationaal', international: 'internationaal' },
  et: { regional_smb: 'piirkondlikud VKEd', national: 'üleriigiline', international: 'rahvusvaheline' },
  en: { regional_smb: 'regional SMB', national: 'national', international: 'international' },
};

const WORDS: Words<{
  unknown: string;
  asked: string;
  accounts: (count: number) => string;
  revenue: (euros: string) => string;
  decisionMakers: string;
  noDecisionMakers: string;
  segmentUnknown: string;
  accountsUnknown: string;
  revenueUnknown: string;
  decisionMakersUnknown: string;
  anyClients: string;
}> = {
  nl: {
    unknown: 'klantenportefeuille onbekend',
    asked: 'gevraagd',
    accounts: (count) => `${count} actieve klanten`,
    revenue: (euros) => `${euros} omzet per jaar`,
    decisionMakers: 'contact met beslissers',
    noDecisionMakers: 'geen contact met beslissers',
    segmentUnknown: 'segment onbekend',
    accountsUnknown: 'aantal klanten onbekend',
    revenueUnknown: 'omzet onbekend',
    decisionMakersUnknown: 'contact met beslissers onbekend',
    anyClients: 'een eigen klantenkring',
  },
  et: {
    unknown: 'kliendibaas teadmata',
    asked: 'nõutud',
    accounts: (count) => `${count} aktiivset klienti`,
    revenue: (euros) => `${euros} käivet aastas`,
    decisionMakers: 'suhted otsustajatega',
    noDecisionMakers: 'suheteta otsustajatega',
    segmentUnknown: 'segment teadmata',
    accountsUnknown: 'klientide arv teadmata',
    revenueUnknown: 'käive teadmata',
    decisionMakersUnknown: 'suhted otsustajatega teadmata',
    anyClients: 'oma kliendibaas',
  },
  en: {
    unknown: 'client base unknown',
    asked: 'asked',
    accounts: (count) => `${count} active accounts`,
    revenue: (euros) => `${euros} revenue a year`,
    decisionMakers: 'relationships with decision makers',
    noDecisionMakers: 'no relationships with decision makers',
    segmentUnknown: 'segment unknown',
    accountsUnknown: 'number of accounts unknown',
    revenueUnknown: 'revenue unknown',
    decisionMakersUnknown: 'relationships with decision makers unknown',
    anyClients: 'a client base of their own',
  },
};

/** What the candidate's declarations add up to: the best of each figure, with the fact it came from. */
interface Portfolio {
  segment?: { value: ClientSegment; fact: Fact<ClientBaseFact> };
  activeAccounts?: { value: number; fact: Fact<ClientBaseFact> };
  annualRevenueEur?: { value: number; fact: Fact<ClientBaseFact> };
  decisionMakers?: { value: boolean; fact: Fact<ClientBaseFact> };
}

interface Requirement {
  /** Share of the requirement met, 0 to 1; undefined when the figure is unknown. */
  share(portfolio: Portfolio): number | undefined;
  fact(portfolio: Portfolio): Fact<ClientBaseFact> | undefined;
  asked: string;
}

const segmentRank = (segment: ClientSegment): number => CLIENT_SEGMENT_ORDER.indexOf(segment) + 1;

/**
 * The requirements the profile sets (segment, active accounts, revenue,
 * decision makers) weigh equally; each earns in proportion to how far the
 * candidate's best declared figure reaches it. Without requirements, any
 * declared client base earns the points.
 */
export function compileClientBase(criterion: ClientBaseCriterion, language: ProfileLanguage): CompiledCriterion {
  const words = WORDS[language];
  const segments = SEGMENTS[language];
  const requirements: Requirement[] = [];
  const { minimumSegment, minimumActiveAccounts, minimumAnnualRevenueEur } = criterion;
  if (minimumSegment) {
    requirements.push({
      share: (p) => p.segment && Math.min(1, segmentRank(p.segment.value) / segmentRank(minimumSegment)),
      fact: (p) => p.segment?.fact,
      asked: segments[minimumSegment],
    });
  }
  if (minimumActiveAccounts) {
    requirements.push({
      share: (p) => p.activeAccounts && Math.min(1, p.activeAccounts.value / minimumActiveAccounts),
      fact: (p) => p.activeAccounts?.fact,
      asked: words.accounts(minimumActiveAccounts),
    });
  }
  if (minimumAnnualRevenueEur) {
    requirements.push({
      share: (p) => p.annualRevenueEur && Math.min(1, p.annualRevenueEur.value / minimumAnnualRevenueEur),
      fact: (p) => p.annualRevenueEur?.fact,
      asked: words.revenue(formatEuros(minimumAnnualRevenueEur, language)),
    });
  }
  if (criterion.decisionMakersRequired) {
    requirements.push({
      share: (p) => p.decisionMakers && (p.decisionMakers.value ? 1 : 0),
      fact: (p) => p.decisionMakers?.fact,
      asked: words.decisionMakers,
    });
  }
  if (requirements.length === 0) {
    requirements.push({
      share: (p) =>
        (p.activeAccounts?.value ?? 0) > 0 ||
        (p.annualRevenueEur?.value ?? 0) > 0 ||
        p.segment ||
        p.decisionMakers?.value
          ? 1
          : 0,
      fact: (p) => (p.activeAccounts ?? p.annualRevenueEur ?? p.segment ?? p.decisionMakers)?.fact,
      asked: words.anyClients,
    });
  }
  const asked = `; ${words.asked}: ${requirements.map((requirement) => requirement.asked).join(', ')}`;

  function describe(portfolio: Portfolio): string {
    const parts = [
      portfolio.segment ? segments[portfolio.segment.value] : minimumSegment && words.segmentUnknown,
      portfolio.activeAccounts
        ? words.accounts(portfolio.activeAccounts.value)
        : minimumActiveAccounts && words.accountsUnknown,
      portfolio.annualRevenueEur
        ? words.revenue(formatEuros(portfolio.annualRevenueEur.value, language))
        : minimumAnnualRevenueEur && words.revenueUnknown,
      portfolio.decisionMakers
        ? portfolio.decisionMakers.value
          ? words.decisionMakers
          : words.noDecisionMakers
        : criterion.decisionMakersRequired && words.decisionMakersUnknown,
    ];
    return parts.filter(Boolean).join(', ');
  }

  return {
    kind: 'clientBase',
    weight: criterion.weight,
    knockout: criterion.knockout === true,
    assess(facts): Assessment {
      const declarations = facts.clientBase ?? [];
      if (declarations.length === 0) {
        return nothingKnown(words.unknown);
      }
      const portfolio = portfolioOf(declarations);
      const trail = new FactTrail();
      let sum = 0;
      let knownCount = 0;
      let allMet = true;
      for (const requirement of requirements) {
        const share = requirement.share(portfolio);
        if (share === undefined) {
          allMet = false;
          continue;
        }
        knownCount += 1;
        sum += share;
        if (share < 1) allMet = false;
        if (share > 0) trail.use(requirement.fact(portfolio)!);
      }
      const known = knownOf(knownCount, requirements.length);
      const failed = knownCount > 0 && !allMet && sum < knownCount;
      return {
        fraction: sum / requirements.length,
        known,
        meetsBar: allMet ? true : failed ? false : null,
        unconfirmed: trail.unconfirmed,
        factIds: trail.ids,
        description: `${describe(portfolio) || words.unknown}${asked}`,
      };
    },
  };
}

function portfolioOf(declarations: readonly Fact<ClientBaseFact>[]): Portfolio {
  const portfolio: Portfolio = {};
  for (const fact of declarations) {
    const { segment, activeAccounts, annualRevenueEur, decisionMakers } = fact.data;
    if (segment && (!portfolio.segment || segmentRank(segment) > segmentRank(portfolio.segment.value))) {
      portfolio.segment = { value: segment, fact };
    }
    if (activeAccounts !== undefined && activeAccounts > (portfolio.activeAccounts?.value ?? -1)) {
      portfolio.activeAccounts = { value: activeAccounts, fact };
    }
    if (annualRevenueEur !== undefined && annualRevenueEur > (portfolio.annualRevenueEur?.value ?? -1)) {
      portfolio.annualRevenueEur = { value: annualRevenueEur, fact };
    }
    if (
      decisionMakers !== undefined &&
      (!portfolio.decisionMakers || (decisionMakers && !portfolio.decisionMakers.value))
    ) {
      portfolio.decisionMakers = { value: decisionMakers, fact };
    }
  }
  return portfolio;
}
