import { Block, CorpusLanguage, CvSource, ExpectedCv, Headings, JobLabels, SourceJob } from './types';

export const DEFAULT_REFERENCE_DATE = '2026-11-01';

const HEADINGS: Record<CorpusLanguage, Headings> = {
  nl: {
    contact: 'Contact',
    profile: 'Profiel',
    work: 'Werkervaring',
    education: 'Opleiding',
    courses: 'Cursussen en trainingen',
    certifications: 'Certificaten',
    languages: 'Talen',
    skills: 'Competenties',
    workTable: ['Periode', 'Werkgever', 'Functie'],
  },
  et: {
    contact: 'Kontakt',
    profile: 'Minust',
    work: 'Töökogemus',
    education: 'Haridus',
    courses: 'Koolitused',
    certifications: 'Sertifikaadid',
    languages: 'Keeleoskus',
    skills: 'Oskused',
    workTable: ['Periood', 'Tööandja', 'Ametikoht'],
  },
  en: {
    contact: 'Contact',
    profile: 'Profile',
    work: 'Experience',
    education: 'Education',
    courses: 'Courses',
    certifications: 'Certifications',
    languages: 'Languages',
    skills: 'Key skills',
    workTable: ['Period', 'Employer', 'Role'],
  },
};

const LABELS: Record<CorpusLanguage, JobLabels> = {
  nl: { period: 'Periode', title: 'Functie', employer: 'Werkgever', duties: 'Taken' },
  et: { period: 'Periood', title: 'Amet', employer: 'Tööandja', duties: 'Peamised tööülesanded' },
  en: { period: 'Dates', title: 'Position', employer: 'Employer', duties: 'Main duties' },
};

/** The blocks of a CV, in reading order, each with its column when the layout has two. */
export function composeBlocks(source: CvSource): Block[] {
  const h = { ...HEADINGS[source.language], ...source.headings };
  const twoColumns = source.layout === 'two-column';
  const side = twoColumns ? ('side' as const) : ('main' as const);
  const contact = [source.email, ...(source.phone ? [source.phone] : []), ...(source.contactLines ?? [])];

  const blocks: Block[] = [{ kind: 'name', text: source.nameLine ?? source.name, column: 'main' }];
  if (source.tagline) blocks.push({ kind: 'paragraph', text: source.tagline, column: 'main' });
  if (twoColumns) {
    blocks.push({ kind: 'heading', text: h.contact, column: side }, { kind: 'bullets', items: contact, column: side });
  } else {
    blocks.push({ kind: 'paragraph', text: contact.join(' · '), column: 'main' });
  }
  blocks.push(...inMain(source.afterContact));
  if (source.profile.length) blocks.push({ kind: 'heading', text: h.profile, column: 'main' });
  for (const text of source.profile) blocks.push({ kind: 'paragraph', text, column: 'main' });

  blocks.push({ kind: 'heading', text: h.work, column: 'main' }, ...jobBlocks(source.jobs, source, h));
  blocks.push(...inMain(source.afterJobs));

  blocks.push({ kind: 'heading', text: h.education, column: 'main' });
  for (const entry of source.education) blocks.push({ kind: 'paragraph', text: entry.written, column: 'main' });
  const mixed = source.certificationsWithCourses === true;
  const courseItems = [...source.courses, ...(mixed ? source.certifications : [])].map((item) => item.written);
  if (courseItems.length) {
    blocks.push({ kind: 'heading', text: h.courses, column: 'main' });
    blocks.push({ kind: 'bullets', items: courseItems, column: 'main' });
  }
  if (source.skills.length) {
    blocks.push({ kind: 'heading', text: h.skills, column: side });
    blocks.push({ kind: 'bullets', items: source.skills, column: side });
  }
  if (!mixed && source.certifications.length) {
    blocks.push({ kind: 'heading', text: h.certifications, column: side });
    blocks.push({ kind: 'bullets', items: source.certifications.map((c) => c.written), column: side });
  }
  blocks.push({ kind: 'heading', text: h.languages, column: side });
  if (source.languageBlocks) {
    blocks.push(...source.languageBlocks.map((block) => ({ ...block, column: block.column ?? side })));
  } else if (source.languagesText) {
    for (const text of source.languagesText) blocks.push({ kind: 'paragraph', text, column: side });
  } else {
    blocks.push({ kind: 'bullets', items: source.languages.map((l) => l.written), column: side });
  }
  blocks.push(...inMain(source.closing));
  return blocks;
}

/** Blocks without a column of their own go in the main one. */
function inMain(blocks: Block[] | undefined): Block[] {
  return (blocks ?? []).map((block) => ({ ...block, column: block.column ?? 'main' }));
}

function jobBlocks(jobs: SourceJob[], source: CvSource, h: Headings): Block[] {
  if (source.jobStyle === 'table') {
    const order = source.workTableOrder ?? ['period', 'employer', 'title'];
    const cell = {
      period: (job: SourceJob) => job.period,
      employer: (job: SourceJob) => job.employer ?? '',
      title: (job: SourceJob) => job.title,
    };
    const rows = jobs.map((job) => order.map((column) => cell[column](job)));
    const blocks: Block[] = [{ kind: 'table', header: h.workTable, rows, column: 'main' }];
    // Duties follow the table, one short list per job that has them, as such CVs do.
    for (const job of jobs) {
      if (!job.bullets?.length) continue;
      blocks.push({ kind: 'paragraph', text: `${job.title}, ${job.employer}:`, column: 'main' });
      blocks.push({ kind: 'bullets', items: job.bullets, column: 'main' });
    }
    return blocks;
  }
  if (source.jobStyle === 'bullets') {
    // One bullet per job: its header, then its duties as sentences.
    const items = jobs.map((job) => {
      const where = [job.employer, job.place].filter(Boolean).join(', ');
      const head = job.lines?.join(' ') ?? `${job.period}: ${job.title}, ${where}`;
      return [head, ...(job.bullets ?? [])].join('. ');
    });
    return [{ kind: 'bullets', items, column: 'main' }];
  }
  if (source.jobStyle === 'labelled') {
    const labels = source.jobLabels ?? LABELS[source.language];
    return jobs.map((job) => {
      const rows = [
        [labels.period, job.period],
        [labels.title, job.title],
        [labels.employer, [job.employer, job.place].filter(Boolean).join(', ')],
      ];
      if (job.bullets?.length) rows.push([labels.duties, job.bullets.join('; ')]);
      return { kind: 'table', rows, column: 'main' };
    });
  }
  const blocks: Block[] = [];
  for (const job of jobs) {
    const where = [job.employer, job.place].filter(Boolean).join(', ');
    if (job.lines) {
      for (const text of job.lines) blocks.push({ kind: 'paragraph', text, column: 'main' });
    } else if (source.jobStyle === 'stacked') {
      blocks.push({ kind: 'paragraph', text: job.title, column: 'main' });
      blocks.push({ kind: 'paragraph', text: `${where} | ${job.period}`, column: 'main' });
    } else {
      blocks.push({ kind: 'paragraph', text: `${job.period}   ${job.title} – ${where}`, column: 'main' });
    }
    if (job.bullets?.length) blocks.push({ kind: 'bullets', items: job.bullets, column: 'main' });
  }
  return blocks;
}

export function fileName(source: CvSource): string {
  return `${source.id}.${source.format}`;
}

export function expectedOf(source: CvSource): ExpectedCv {
  return {
    id: source.id,
    file: fileName(source),
    language: source.language,
    layout: source.layout,
    referenceDate: source.referenceDate ?? DEFAULT_REFERENCE_DATE,
    contact: { name: source.name, email: source.email, phone: source.phone },
    education: source.education.map(({ written: _written, ...entry }) => entry),
    work: source.jobs.map(({ title, employer, start, end, salesRole }) => ({ title, employer, start, end, salesRole })),
    clientBase: source.clientBase,
    competencies: [...source.competencies].sort(),
    certifications: source.certifications.map((c) => c.value),
    languages: source.languages.map((l) => l.value),
    courses: source.courses.map((c) => c.value),
  };
}
