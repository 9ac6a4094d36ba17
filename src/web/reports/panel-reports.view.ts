import { Role } from '../../common/auth/role';
import type { PanelReport, RoundScoreDistribution } from '../../interviews/panel-reports.service';
import { findCompetency } from '../../scoring/competency-catalogue';
import { ALPHA_FLAG_BELOW, ICC_NOTES, RoundAgreement } from '../../scoring/panel-review';
import { spreadFlagPoints } from '../../scoring/round-result';
import type { Language } from '../../users/entities/user.entity';
import { columnChart, divergingChart } from './panel-charts';

/** Krippendorff's bar for conclusions drawn without reservation; under it and above ALPHA_FLAG_BELOW, tentative ones. */
export const ALPHA_GOOD = 0.8;

export const panelReportsHref = (vacancyId: string) => `/reports/vacancies/${vacancyId}/panels`;

const ICC_NOTE_KEYS: Record<string, string> = {
  [ICC_NOTES.noScorecards]: 'reports.icc.noScorecards',
  [ICC_NOTES.panelsDiffer]: 'reports.icc.panelsDiffer',
  [ICC_NOTES.notAllAssessed]: 'reports.icc.notAllAssessed',
  [ICC_NOTES.tooSmall]: 'reports.icc.tooSmall',
};

/** A figure shown as words: its size without sign, and which way it goes. */
export interface Signed {
  points: number;
  direction: 'above' | 'below' | 'level';
}

/** The panel reports page: per round, agreement, each interviewer's leniency and how the ratings fall on the scale. */
export function panelReportsView(report: PanelReport, viewer: { roles: readonly Role[] }, language: Language) {
  const { vacancy } = report;
  const recruiter = viewer.roles.includes(Role.Recruiter) || viewer.roles.includes(Role.Admin);
  const rounds = vacancy.rounds.map((round, index) =>
    roundView(
      index,
      report.agreement.find((one) => one.roundId === round.id)!,
      report.distribution.find((one) => one.roundId === round.id)!,
      report,
      language,
    ),
  );
  const scorecards = rounds.reduce((sum, round) => sum + round.counts.scorecards, 0);
  const decided = rounds.reduce((sum, round) => sum + round.counts.decided, 0);
  return {
    vacancyId: vacancy.id,
    title: vacancy.title,
    links: [
      ...(recruiter
        ? [{ href: `/recruiter/vacancies/${vacancy.id}/edit`, labelKey: 'reports.panels.vacancyLink' }]
        : []),
      { href: `/manager/vacancies/${vacancy.id}/shortlist`, labelKey: 'reports.panels.shortlistLink' },
    ],
    calibrateKey: vacancy.calibrateInterviews ? 'reports.panels.calibrated' : 'reports.panels.notCalibrated',
    emptyKey: !rounds.length
      ? 'reports.empty.noRounds'
      : scorecards === 0
        ? 'reports.empty.noScorecards'
        : decided === 0
          ? 'reports.empty.noneDecided'
          : null,
    rounds,
  };
}

function roundView(
  index: number,
  agreement: RoundAgreement,
  distribution: RoundScoreDistribution,
  report: PanelReport,
  language: Language,
) {
  const id = `round-${index + 1}`;
  const scale = distribution.scale;
  return {
    id,
    place: index + 1,
    name: distribution.name,
    scale,
    held: distribution.scorecards > 0,
    counts: {
      interviews: distribution.interviews,
      decided: distribution.decided,
      scorecards: distribution.scorecards,
      ratings: agreement.ratings,
    },
    agreement: agreementView(agreement, scale, language),
    leniency: leniencyView(id, distribution, report),
    distribution: distributionView(id, distribution, language),
  };
}

export function agreementView(agreement: RoundAgreement, scale: number, language: Language) {
  const alpha = agreement.alpha?.alpha ?? null;
  const status = alpha === null ? 'tooFew' : agreement.flagged ? 'flagged' : alpha >= ALPHA_GOOD ? 'good' : 'tentative';
  const interval = (value: number, bounds: { lower: number; upper: number } | null) => ({
    value,
    hasInterval: bounds !== null,
    lower: bounds?.lower ?? 0,
    upper: bounds?.upper ?? 0,
  });
  const { icc } = agreement;
  return {
    status,
    statusKey: `reports.agreement.${status}`,
    flagged: status === 'flagged',
    hasAlpha: alpha !== null,
    alpha: alpha ?? 0,
    units: agreement.alpha?.units ?? 0,
    bar: ALPHA_FLAG_BELOW,
    good: ALPHA_GOOD,
    icc: icc && {
      single: interval(icc.icc2_1, icc.intervals.icc2_1),
      panel: interval(icc.icc2_k, icc.intervals.icc2_k),
      level: Math.round(icc.intervals.level * 100),
      raters: icc.raters,
      subjects: icc.subjects,
    },
    iccNoteKey: icc ? null : (ICC_NOTE_KEYS[agreement.iccNote ?? ''] ?? 'reports.icc.tooSmall'),
    spreadFlag: spreadFlagPoints(scale),
    flaggedInterviews: agreement.flaggedInterviews.map((flagged, at) => ({
      href: `/panel/interviews/${flagged.interviewId}`,
      number: at + 1,
      competencies: flagged.competencies.map((row) => ({
        name: competencyName(row.competency, language),
        ratings: row.ratings.join(' · '),
        spread: row.spread,
      })),
    })),
  };
}

/** A leniency or correction on 0–1 as points of a round's scale, in words. */
export function signed(value01: number, scale: number): Signed {
  const points = Math.round(value01 * (scale - 1) * 100) / 100;
  return { points: Math.abs(points), direction: points > 0 ? 'above' : points < 0 ? 'below' : 'level' };
}

function leniencyView(id: string, distribution: RoundScoreDistribution, report: PanelReport) {
  const scale = distribution.scale;
  const rows = report.calibration
    .flatMap((interviewer) => {
      const own = interviewer.rounds.find((round) => round.roundId === distribution.roundId);
      return own ? [{ interviewer, own }] : [];
    })
    .sort((a, b) => b.own.leniency - a.own.leniency || a.interviewer.name.localeCompare(b.interviewer.name))
    .map(({ interviewer, own }) => {
      const leniency = signed(own.leniency, scale);
      const correction = signed(interviewer.correction, scale);
      return {
        interviewerId: interviewer.interviewerId,
        name: interviewer.name,
        compared: own.comparisons > 0,
        leniency,
        leniencyKey: own.comparisons > 0 ? `reports.leniency.${leniency.direction}` : 'reports.leniency.alone',
        value: own.comparisons > 0 ? own.leniency * (scale - 1) : 0,
        interviews: own.interviews,
        correction,
        correctionKey: `reports.correction.${correction.direction}`,
        correctionValue: interviewer.correction * (scale - 1),
        correctionInterviews: interviewer.interviews,
      };
    });
  const compared = rows.filter((row) => row.compared);
  return {
    captionId: `${id}-leniency-caption`,
    titleId: `${id}-leniency-title`,
    rows,
    chart: compared.length
      ? divergingChart(compared.map((row) => ({ label: row.name, value: row.value, mark: row.correctionValue })))
      : null,
    emptyKey: rows.length === 0 ? 'reports.leniency.noRatings' : compared.length ? null : 'reports.leniency.none',
  };
}

function distributionView(id: string, distribution: RoundScoreDistribution, language: Language) {
  const levels = distribution.anchors.map((anchor, at) => ({ point: at + 1, anchor }));
  return {
    captionId: `${id}-distribution-caption`,
    levels,
    competencies: distribution.competencies.map((row, at) => {
      const name = competencyName(row.competency, language);
      return {
        code: row.competency,
        name,
        titleId: `${id}-distribution-${at + 1}`,
        counts: row.counts,
        notAssessed: row.notAssessed,
        rated: row.counts.reduce((sum, count) => sum + count, 0),
        chart: columnChart(row.counts, row.notAssessed),
        names: levels.map((level) => level.point),
      };
    }),
  };
}

function competencyName(code: string, language: Language): string {
  return findCompetency(code)?.name[language] ?? code;
}
