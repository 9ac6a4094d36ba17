import { NON_JOB_ENTRIES } from '../../candidates/dto/fact-data.dto';
import { join } from 'node:path';
import type { ApplicationListRow } from '../../applications/application-lists.repository';
import type { Application } from '../../applications/entities/application.entity';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { CandidateFact, FACT_KINDS, FACT_SOURCES } from '../../candidates/entities/candidate-fact.entity';
import type { CvDocument } from '../../cvs/entities/cv-document.entity';
import { MAIL_TEMPLATES } from '../../mail/mail-catalogue';
import { projectRoot } from '../../mail/project-root';
import { RECOMMENDATIONS } from '../../scoring/round-result';
import { LANGUAGES } from '../../users/entities/user.entity';
import { Catalogue } from '../i18n/catalogue';
import type { CandidatePageData, TimelineEvent } from './candidate.data';
import { CANDIDATE_SHORTCUTS, candidateHref, candidateView } from './candidate.view';
import { correctionData, cvSegments, FACT_FIELDS, factRow, orderFacts } from './candidate-facts.view';

const at = (iso: string) => new Date(iso);
const ID = '0190d8a4-0000-7000-8000-0000000000';

function fact(overrides: Partial<CandidateFact> = {}): CandidateFact {
  return {
    id: `${ID}01`,
    candidateId: `${ID}aa`,
    kind: 'education',
    data: { level: 'hbo', field: 'Commerciële Economie', startYear: 2010 },
    source: 'cv',
    confirmed: false,
    confirmedBy: null,
    confirmedAt: null,
    corrected: false,
    cvId: `${ID}cv`,
    spanStart: 10,
    spanEnd: 20,
    evidence: 'HBO Commerciële Economie',
    confidence: 0.834,
    createdAt: at('2026-12-01T10:00:00Z'),
    updatedAt: at('2026-12-01T10:00:00Z'),
    ...overrides,
  } as CandidateFact;
}

const CV_TEXT = 'Kandidaat <b>Vet</b>\nWerkervaring\nAccountmanager bij Van Dijk, 2019 – heden';

function pageData(overrides: Partial<CandidatePageData> = {}): CandidatePageData {
  const facts = [
    fact({ id: `${ID}01`, spanStart: 34, spanEnd: 48 }),
    fact({
      id: `${ID}02`,
      kind: 'work',
      data: { title: 'Accountmanager', start: '2019-01-01', salesRole: true },
      spanStart: 34,
      spanEnd: 60,
      confirmed: true,
    }),
    fact({
      id: `${ID}03`,
      kind: 'skill',
      data: { name: 'CRM' },
      source: 'recruiter',
      cvId: null,
      spanStart: null,
      spanEnd: null,
      confidence: null,
    }),
  ];
  const row: ApplicationListRow = {
    id: `${ID}ap`,
    stage: 'screening',
    roundId: null,
    eligible: true,
    needsReview: false,
    shortlistScore: 7250,
    appliedAt: at('2026-12-01T09:00:00Z'),
    vacancyId: `${ID}va`,
    vacancyTitle: 'Accountmanager B',
    candidateId: `${ID}aa`,
    candidateName: 'Kandidaat',
    candidateEmail: 'k@example.com',
  };
  return {
    candidate: {
      id: `${ID}aa`,
      name: 'Kandidaat <b>Vet</b>',
      email: 'k@example.com',
      phone: null,
      location: 'Utrecht',
      facts,
    } as unknown as Candidate,
    cvs: [{ id: `${ID}cv`, fileName: 'cv.txt', format: 'text', createdAt: at('2026-12-01T10:00:00Z') } as CvDocument],
    cv: {
      id: `${ID}cv`,
      fileName: 'cv.txt',
      format: 'text',
      status: 'read',
      language: 'nl',
      text: CV_TEXT,
    } as CvDocument,
    applications: [row],
    applicationsTotal: 3,
    selected: {
      application: {
        id: row.id,
        eligible: true,
        screeningScore: 7250,
        screening: {
          eligible: true,
          score: 72.5,
          completeness: 1,
          failedKnockouts: [],
          openKnockouts: [],
          breakdown: [
            {
              criterion: 'education',
              name: 'Opleiding',
              weight: 2,
              knockout: true,
              possible: 20,
              earned: 20,
              status: 'met',
              meetsBar: true,
              unknown: false,
              unconfirmed: true,
              factIds: [],
              explanation: 'hbo; minimum mbo: voldoet',
            },
          ],
        },
      } as unknown as Application,
      vacancyTitle: 'Accountmanager B',
      language: 'nl',
    },
    events: [],
    notes: [],
    ...overrides,
  };
}

describe('cvSegments', () => {
  it('cuts the text at the ends of each fact’s words, anchoring each fact where its words start', () => {
    const segments = cvSegments('abcdefghij', [
      { id: 'a', spanStart: 2, spanEnd: 5, confirmed: true },
      { id: 'b', spanStart: 4, spanEnd: 8, confirmed: false },
    ]);
    expect(segments).toEqual([
      { text: 'ab', markId: undefined, anchors: [], marked: false, confirmed: false },
      { text: 'cd', markId: 'src-a', anchors: [], marked: true, confirmed: true },
      { text: 'e', markId: 'src-b', anchors: [], marked: true, confirmed: false },
      { text: 'fgh', markId: undefined, anchors: [], marked: true, confirmed: false },
      { text: 'ij', markId: undefined, anchors: [], marked: false, confirmed: false },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('abcdefghij');
  });

  it('gives facts starting at the same place an anchor each, and leaves out spans outside the text', () => {
    const segments = cvSegments('abcdef', [
      { id: 'a', spanStart: 0, spanEnd: 3, confirmed: false },
      { id: 'b', spanStart: 0, spanEnd: 2, confirmed: false },
      { id: 'c', spanStart: 40, spanEnd: 50, confirmed: false },
      { id: 'd', spanStart: null, spanEnd: null, confirmed: false },
    ]);
    expect(segments[0]).toMatchObject({ text: 'ab', markId: 'src-a', anchors: ['src-b'] });
    expect(segments.map((segment) => segment.text)).toEqual(['ab', 'c', 'def']);
  });

  it('returns the whole text as one piece when no fact rests on it', () => {
    expect(cvSegments('<b>tekst</b>', [])).toEqual([
      { text: '<b>tekst</b>', markId: undefined, anchors: [], marked: false, confirmed: false },
    ]);
  });
});

describe('factRow', () => {
  it('shows the values, links to the CV only when its words are in the CV shown, and keeps what was typed', () => {
    const row = factRow(fact(), `${ID}cv`, {}, `${ID}ap`);
    expect(row).toMatchObject({
      summary: 'hbo · Commerciële Economie · 2010',
      sourceHref: `#src-${ID}01`,
      confidence: 83,
      statusKey: 'candidate.fact.proposed',
      editing: false,
    });
    expect(row.actions.confirm).toBe(`/recruiter/candidates/${ID}aa/facts/${ID}01/confirm?application=${ID}ap`);
    expect(factRow(fact(), 'another-cv').sourceHref).toBeUndefined();
    const refused = factRow(fact(), null, {
      typed: { level: 'hbo', startYear: 'twintig' },
      message: { key: 'candidate.fact.invalid' },
      errors: [{ field: 'data.startYear', messages: ['startYear must be an integer number'] }],
    });
    expect(refused.editing).toBe(true);
    expect(refused.fields.find((field) => field.name === 'startYear')).toMatchObject({
      value: 'twintig',
      errorKey: 'candidate.fact.fieldError',
    });
    expect(refused.fields.find((field) => field.name === 'field')).toMatchObject({ value: '', errorKey: undefined });
  });

  it('offers yes, no and unknown for a yes/no field, and shows a true one as a tag', () => {
    const row = factRow(
      fact({ kind: 'work', data: { title: 'Accountmanager', start: '2019-01-01', salesRole: true } }),
      null,
    );
    expect(row.flagKeys).toEqual(['candidate.flag.salesRole']);
    const clients = factRow(
      fact({
        kind: 'client_base',
        data: {
          segment: 'national',
          activeAccounts: 40,
          annualRevenueEur: 2_500_000,
          job: 'Accountmanager, Van Dijk BV',
        },
      }),
      null,
    );
    expect(clients.parts).toEqual([
      { key: 'candidate.value.segment.national', first: true },
      { count: 40, labelKey: 'candidate.field.activeAccounts', first: false },
      { euros: 2_500_000, labelKey: 'candidate.field.annualRevenueEur', first: false },
      { text: 'Accountmanager, Van Dijk BV', labelKey: 'candidate.field.job', first: false },
    ]);
    expect(row.fields.find((field) => field.name === 'salesRole')!.options).toEqual([
      { value: '', labelKey: 'candidate.yesNo.unknown', selected: false },
      { value: 'true', labelKey: 'candidate.yesNo.true', selected: true },
      { value: 'false', labelKey: 'candidate.yesNo.false', selected: false },
    ]);
  });
});

describe('correctionData', () => {
  it('reads the kind’s fields only, leaves empty ones out and turns numbers and yes/no into their types', () => {
    expect(
      correctionData('work', {
        title: ' Accountmanager ',
        employer: '',
        start: '2019-01-01',
        salesRole: 'false',
        level: 'x',
      }),
    ).toEqual({
      data: { title: 'Accountmanager', start: '2019-01-01', salesRole: false },
      typed: {
        title: ' Accountmanager ',
        employer: '',
        start: '2019-01-01',
        end: '',
        salesRole: 'false',
        industry: '',
      },
    });
    expect(correctionData('education', { level: 'hbo', startYear: '2010', endYear: 'twintig' }).data).toEqual({
      level: 'hbo',
      startYear: 2010,
      endYear: 'twintig',
    });
  });
});

describe('orderFacts', () => {
  it('lists facts in the order of their words in the CV, those without after', () => {
    const ordered = orderFacts([
      fact({ id: 'c', spanStart: null }),
      fact({ id: 'b', spanStart: 50 }),
      fact({ id: 'a', spanStart: 5 }),
    ]);
    expect(ordered.map((one) => one.id)).toEqual(['a', 'b', 'c']);
  });

  it('marks a career break, volunteering, service or a side seat among the jobs, in every language', () => {
    const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));
    for (const nonJob of NON_JOB_ENTRIES) {
      const row = factRow(fact({ kind: 'work', data: { title: 'Vrijwilliger', salesRole: false, nonJob } }), null);
      expect(row.flagKeys).toEqual([`candidate.flag.nonJob.${nonJob}`]);
      for (const language of LANGUAGES) expect(catalogue.has(row.flagKeys[0], language)).toBe(true);
    }
    const job = factRow(fact({ kind: 'work', data: { title: 'Accountmanager', salesRole: true } }), null);
    expect(job.flagKeys).toEqual(['candidate.flag.salesRole']);
  });

  it('puts the proposals the reader was unsure of first, least sure first, and marks them', () => {
    const facts = [
      fact({ id: 'a', spanStart: 5, confidence: 0.9 }),
      fact({ id: 'b', spanStart: 50, confidence: 0.6 }),
      fact({ id: 'c', spanStart: 80, confidence: 0.75 }),
      fact({ id: 'd', spanStart: 1, confidence: 0.5, confirmed: true }),
      fact({ id: 'e', spanStart: null, confidence: null }),
    ];
    expect(orderFacts(facts).map((one) => one.id)).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(facts.map((one) => factRow(one, null).unsure)).toEqual([false, true, true, false, false]);
  });
});

describe('candidateView', () => {
  it('lays out the candidate, the CV with its marks, the facts, the breakdown in the vacancy’s language', () => {
    const model = candidateView({ data: pageData(), applicationId: `${ID}ap` });
    expect(model.candidate.name).toBe('Kandidaat <b>Vet</b>');
    expect(model.facts.map((row) => row.id)).toEqual([`${ID}01`, `${ID}02`, `${ID}03`]);
    expect(model.unconfirmed).toBe(2);
    expect(model.cv!.segments.map((segment) => segment.text).join('')).toBe(CV_TEXT);
    expect(model.cv!.segments.filter((segment) => segment.markId).map((segment) => segment.markId)).toEqual([
      `src-${ID}02`,
    ]);
    expect(model.cv!.segments.find((segment) => segment.markId)!.anchors).toEqual([`src-${ID}01`]);
    expect(model.breakdown).toMatchObject({ lang: 'nl', score: 72.5, hasScore: true, eligibility: 'eligible' });
    expect(model.breakdown!.rows[0]).toMatchObject({ lang: 'nl', explanation: 'hbo; minimum mbo: voldoet' });
    expect(model.applications[0]).toMatchObject({
      current: true,
      score: 72.5,
      href: candidateHref(`${ID}aa`, `${ID}ap`),
    });
    expect(model.applicationsMore).toBe(2);
    expect(model.confirmAllAction).toBe(`/recruiter/candidates/${ID}aa/facts/confirm-all?application=${ID}ap`);
    expect(model.stepping).toBe(false);
  });

  it('steps to the neighbours in the shortlist only when there are any', () => {
    const model = candidateView({
      data: pageData({ neighbours: { next: { applicationId: 'n-app', candidateId: 'n-cand' } } }),
    });
    expect(model).toMatchObject({
      stepping: true,
      previousHref: undefined,
      nextHref: '/recruiter/candidates/n-cand?application=n-app',
    });
  });

  it('shows a scan without text, and a page without CV or applications', () => {
    const scan = candidateView({
      data: pageData({ cv: { ...pageData().cv!, status: 'no_text', text: '' } as CvDocument }),
    });
    expect(scan.cv).toMatchObject({ noText: true, segments: [] });
    expect(scan.facts.every((row) => row.sourceHref === undefined)).toBe(true);
    const bare = candidateView({
      data: pageData({ cv: undefined, cvs: [], applications: [], applicationsTotal: 0, selected: undefined }),
    });
    expect(bare).toMatchObject({ cv: undefined, breakdown: undefined, applications: [], applicationsMore: 0 });
  });

  it('names a hiring manager’s decision on the timeline, not as a move to the stage it stayed in', () => {
    const move = (decision: string | null) => ({
      kind: 'move' as const,
      at: new Date('2026-12-01T10:00:00Z'),
      vacancyTitle: 'V',
      move: { fromStage: 'interview', toStage: 'interview', reason: 'Waiting for the second', decision } as never,
    });
    const { timeline } = candidateView({ data: pageData({ events: [move('hold'), move(null)] }) });
    expect(timeline.map((item) => [item.textKey, item.detailKey, item.body])).toEqual([
      ['candidate.timeline.decision.hold', 'stage.interview', 'Waiting for the second'],
      ['candidate.timeline.move', 'stage.interview', 'Waiting for the second'],
    ]);
  });

  it('has every catalogue key it hands out, in every language', () => {
    const catalogue = Catalogue.load(join(projectRoot(), 'templates', 'pages', 'i18n'));
    const events: TimelineEvent[] = [
      ...['queued', 'sending', 'sent', 'failed', 'skipped'].flatMap((status) =>
        MAIL_TEMPLATES.map((template) => ({
          kind: 'mail' as const,
          at: at('2026-12-01T10:00:00Z'),
          vacancyTitle: 'V',
          mail: { status, template, to: { name: 'N', address: 'n@example.com' } } as never,
        })),
      ),
      ...[null, 'screening'].map((fromStage) => ({
        kind: 'move' as const,
        at: at('2026-12-01T10:00:00Z'),
        vacancyTitle: 'V',
        move: { fromStage, toStage: 'interview', reason: null } as never,
      })),
      ...['advance', 'hold', 'reject'].map((decision) => ({
        kind: 'move' as const,
        at: at('2026-12-01T10:00:00Z'),
        vacancyTitle: 'V',
        move: { fromStage: 'interview', toStage: 'interview', reason: 'Waiting for the second', decision } as never,
      })),
      ...[null, ...RECOMMENDATIONS].map((recommendation) => ({
        kind: 'scorecard' as const,
        at: at('2026-12-01T10:00:00Z'),
        vacancyTitle: 'V',
        roundName: 'R',
        recommendation,
      })),
      {
        kind: 'note',
        at: at('2026-12-01T10:00:00Z'),
        note: { note: { text: 'x' }, authorName: 'A', mentions: [] } as never,
      },
    ];
    const everyKind = FACT_KINDS.flatMap((kind) =>
      FACT_SOURCES.map((source, index) =>
        fact({
          id: `${kind}-${source}`,
          kind,
          source,
          confirmed: index % 2 === 0,
          corrected: true,
          data: sample(kind),
        }),
      ),
    );
    const keys: string[] = [...CANDIDATE_SHORTCUTS.map((shortcut) => shortcut.labelKey)];
    for (const eligible of [true, false, null]) {
      const data = pageData({ events });
      data.selected!.application.eligible = eligible;
      (data.candidate as { facts: CandidateFact[] }).facts = everyKind;
      const model = candidateView({
        data,
        factsNotice: 'candidate.facts.allConfirmed',
        note: { notice: { key: 'candidate.note.savedUnmatched' }, message: { key: 'candidate.note.invalid' } },
        row: {
          factId: everyKind[0].id,
          state: {
            message: { key: 'candidate.fact.invalid' },
            errors: [{ field: 'data.level', messages: [] }],
            notice: 'candidate.fact.confirmedNow',
          },
        },
      });
      keys.push(
        model.breakdown!.eligibilityKey,
        model.factsNotice!.key,
        model.note.notice!.key,
        model.note.message!.key,
      );
      keys.push(...model.breakdown!.rows.map((row) => row.statusKey));
      keys.push(...model.applications.map((row) => row.stageKey));
      keys.push(...model.cvs.map((cv) => cv.formatKey));
      keys.push(
        ...model.timeline.flatMap((item) => [item.textKey, ...(item.kind === 'note' ? [] : [item.detailKey!])]),
      );
      for (const row of model.facts) {
        keys.push(row.kindKey, row.statusKey, row.sourceKey, ...row.flagKeys);
        keys.push(...row.parts.flatMap((part) => [part.key, part.labelKey].filter((key): key is string => !!key)));
        if (row.message) keys.push(row.message.key);
        if (row.notice) keys.push(row.notice.key);
        for (const field of row.fields) {
          keys.push(field.labelKey, ...(field.errorKey ? [field.errorKey] : []));
          keys.push(...(field.options ?? []).map((option) => option.labelKey));
        }
      }
    }
    keys.push(...['met', 'partial', 'not_met', 'unknown'].map((status) => `candidate.status.${status}`));
    keys.push(...['pdf', 'docx', 'text', 'json_resume'].map((format) => `candidate.format.${format}`));
    keys.push('candidate.fact.deleted', 'candidate.fact.correctedNow', 'candidate.note.saved');
    keys.push('errors.NOTE_APPLICATION_NOT_OF_CANDIDATE');
    const missing = [...new Set(keys)].filter((key) => LANGUAGES.some((language) => !catalogue.has(key, language)));
    expect(missing).toEqual([]);
    expect(keys.length).toBeGreaterThan(100);
  });
});

/** A fact of each kind with every field filled, so each field's words are looked up. */
function sample(kind: CandidateFact['kind']): Record<string, string | number | boolean> {
  const data: Record<string, string | number | boolean> = {};
  for (const spec of FACT_FIELDS[kind]) {
    data[spec.name] =
      spec.type === 'yesNo' ? true : spec.type === 'number' ? 3 : spec.type === 'choice' ? spec.choices![0] : 'x';
  }
  return data;
}
