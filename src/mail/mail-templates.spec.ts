import { Test } from '@nestjs/testing';
import Handlebars from 'handlebars';
import { cpSync, existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language, MAIL_TEMPLATES, MailTemplateName, MailVariables, RenderedMail } from './mail-catalogue';
import { MailTemplates, mailTemplatesFolder } from './mail-templates';
import { projectRoot } from './project-root';

const LANGUAGES: Language[] = ['nl', 'et', 'en'];

const interview = {
  vacancyTitle: 'Backend-ontwikkelaar',
  roundName: 'Technisch gesprek',
  startsAt: 'dinsdag 14 mei 2024 om 10:00',
  durationMinutes: 45,
  location: 'Stationsplein 1, Utrecht',
  meetingUrl: 'https://meet.example.com/sift-room-7',
  moved: false,
  cancelled: false,
  cancelReason: null,
};
const cancelled = { cancelled: true, cancelReason: 'De interviewer is onverwacht afwezig.' };

/** The first sample of each mail is complete; the others reach the branches it does not. */
const SAMPLES: { [N in MailTemplateName]: MailVariables[N][] } = {
  'application-received': [{ candidateName: 'Kandidaat Een', vacancyTitle: 'Accountmanager', appliedOn: '3 mei 2024' }],
  'interview-invitation': [
    { ...interview, candidateName: 'Kandidaat Een' },
    { ...interview, candidateName: 'Kandidaat Een', ...cancelled },
  ],
  'panel-invitation': [
    { ...interview, candidateName: 'Kandidaat Een', interviewerName: 'Interviewer Twee' },
    { ...interview, candidateName: 'Kandidaat Een', interviewerName: 'Interviewer Twee', ...cancelled },
  ],
  'scorecard-reminder': [
    {
      interviewerName: 'Interviewer Twee',
      candidateName: 'Kandidaat Een',
      vacancyTitle: 'Backend-ontwikkelaar',
      roundName: 'Technisch gesprek',
      startsAt: 'dinsdag 14 mei 2024 om 10:00',
    },
  ],
  'shortlist-ready': [
    {
      managerName: 'Manager Drie',
      vacancyTitle: 'Accountmanager',
      applicantCount: 7,
      recruiterName: 'Recruiter Vier',
      note: 'Twee van hen kunnen per direct beginnen.',
    },
  ],
  rejection: [{ candidateName: 'Kandidaat Een', vacancyTitle: 'Accountmanager' }],
  'recruiter-note': [
    {
      candidateName: 'Kandidaat Een',
      vacancyTitle: 'Accountmanager',
      recruiterName: 'Recruiter Vier',
      message: 'Kun je je portfolio nog sturen?',
    },
  ],
  'availability-request': [
    {
      candidateName: 'Kandidaat Een',
      vacancyTitle: 'Accountmanager',
      recruiterName: 'Recruiter Vier',
      roundName: 'Tweede gesprek',
      message: 'We denken aan een uur op kantoor.',
    },
  ],
  'note-mention': [
    {
      colleagueName: 'Recruiter Vier',
      authorName: 'Recruiter Vijf',
      candidateName: 'Kandidaat Een',
      note: 'Kun jij de referenties nagaan?',
      link: 'https://sift.example.com/recruiter/candidates/0190d8a4-0000-7000-8000-000000000001',
    },
  ],
  'user-invitation': [
    {
      userName: 'Recruiter Zes',
      inviterName: 'Admin Een',
      link: 'https://sift.example.com/invitation/0190d8a4-0000-7000-8000-000000000001.abc',
      validUntil: '13 december 2026 10:00',
    },
  ],
};

/** Words and phrases each language's versions must show, to check the branches say what they should. */
const PHRASES: Record<Language, Record<'signoff' | 'moved' | 'reason' | 'place' | 'link' | 'independent', string>> = {
  nl: {
    signoff: 'Met vriendelijke groet',
    moved: 'is verplaatst naar',
    reason: 'Reden:',
    place: 'Locatie:',
    link: 'Videogesprek:',
    independent: 'voordat je de scorekaarten van de andere panelleden leest',
  },
  et: {
    signoff: 'Lugupidamisega',
    moved: 'on viidud uuele ajale:',
    reason: 'Põhjus:',
    place: 'Koht:',
    link: 'Videokõne:',
    independent: 'enne, kui loete teiste paneeli liikmete hindamislehti',
  },
  en: {
    signoff: 'Kind regards',
    moved: 'has moved to',
    reason: 'Reason:',
    place: 'Place:',
    link: 'Video call:',
    independent: 'before you read the scorecards of the other panel members',
  },
};

const templates = new MailTemplates();
const render = (name: MailTemplateName, language: Language, variables: object): RenderedMail =>
  templates.render(name, language, variables as never);
const whole = (mail: RenderedMail) => [mail.subject, mail.html, mail.text].join('\n');
const grid = MAIL_TEMPLATES.flatMap((name) => LANGUAGES.map((language) => [name, language] as const));

describe('MailTemplates', () => {
  it.each(grid)('%s (%s): a complete sample renders with every value in it', (name, language) => {
    const mails = SAMPLES[name].map((sample) => render(name, language, sample));
    for (const [variable, value] of Object.entries(SAMPLES[name][0])) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const shown = String(value);
      const found = mails.some(
        (mail) =>
          `${mail.subject}\n${mail.text}`.includes(shown) || mail.html.includes(Handlebars.escapeExpression(shown)),
      );
      expect({ variable, found }).toEqual({ variable, found: true });
    }
    for (const mail of mails) {
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.text).toContain(PHRASES[language].signoff);
      expect(mail.html).toContain(PHRASES[language].signoff);
    }
    const { cancelReason } = { cancelReason: null, ...SAMPLES[name][SAMPLES[name].length - 1] };
    if (cancelReason) expect(mails.some((mail) => whole(mail).includes(cancelReason))).toBe(true);
  });

  const withoutEach = grid.flatMap(([name, language]) =>
    Object.keys(SAMPLES[name][0]).map((variable) => [name, language, variable] as const),
  );
  it.each(withoutEach)(
    '%s (%s) does not render without %s: no template loses a variable silently',
    (name, language, variable) => {
      const sample: Record<string, unknown> = { ...SAMPLES[name][0] };
      delete sample[variable];
      expect(() => render(name, language, sample)).toThrow(
        `Mail template ${name} (${language}) needs the variable "${variable}"`,
      );
    },
  );

  it('accepts null for a value that is absent (strict mode looks for the key, not the value)', () => {
    const mail = render('availability-request', 'en', { ...SAMPLES['availability-request'][0], message: null });
    expect(mail.text).not.toContain('null');
    expect(mail.html).not.toContain('null');
  });

  it.each(LANGUAGES)('escapes values in HTML and leaves them alone in the subject and text (%s)', (language) => {
    const candidateName = '<script>alert(1)</script>';
    const vacancyTitle = 'R&D "lead"';
    const mail = render('rejection', language, { candidateName, vacancyTitle });
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('R&amp;D &quot;lead&quot;');
    expect(mail.text).toContain(candidateName);
    expect(mail.subject).toContain(vacancyTitle);
  });

  it.each(grid)('%s (%s): every subject is one trimmed line, even from values with line breaks', (name, language) => {
    for (const sample of SAMPLES[name]) {
      const { subject } = render(name, language, {
        ...sample,
        vacancyTitle: ' Sales\r\nmanager  ',
        candidateName: 'Een\nTwee',
      });
      expect(subject).toMatch(/^\S(.*\S)?$/);
      expect(subject).not.toMatch(/[\r\n]|\s{2}/);
    }
  });

  it.each(LANGUAGES)("shows a recruiter's message as safe paragraphs and line breaks in HTML (%s)", (language) => {
    const message = 'Eerste regel\nTweede <b>regel</b>\r\n\r\n\nNieuwe alinea & slot';
    const mail = render('recruiter-note', language, { ...SAMPLES['recruiter-note'][0], message });
    expect(mail.html).toContain('<p style="margin:0 0 16px 0;">Eerste regel<br>\nTweede &lt;b&gt;regel&lt;/b&gt;</p>');
    expect(mail.html).toContain('<p style="margin:0 0 16px 0;">Nieuwe alinea &amp; slot</p>');
    expect(mail.text).toContain('Eerste regel\nTweede <b>regel</b>');
  });

  it.each(MAIL_TEMPLATES)('%s: the three languages are written out, not copies of each other', (name) => {
    const bodies = LANGUAGES.map((language) => {
      const mail = render(name, language, SAMPLES[name][0]);
      const values = Object.values(SAMPLES[name][0]).filter((value) => typeof value === 'string') as string[];
      const strip = (text: string) =>
        values.reduce((rest, value) => rest.split(value).join(''), text.split('\n--\n')[0]);
      return { language, subject: strip(mail.subject), text: strip(mail.text), html: strip(mail.html) };
    });
    for (const part of ['subject', 'text', 'html'] as const) {
      expect(new Set(bodies.map((body) => body[part])).size).toBe(3);
    }
    for (const body of bodies.filter((b) => b.language !== 'en')) {
      expect({ language: body.language, english: body.text.match(/\b(the|your|you|and|with|for|please)\b/gi) }).toEqual(
        {
          language: body.language,
          english: null,
        },
      );
    }
  });

  describe.each(LANGUAGES)('interview mails (%s)', (language) => {
    const phrases = PHRASES[language];
    const both = ['interview-invitation', 'panel-invitation'] as const;
    const sample = (name: (typeof both)[number], changes: object) =>
      render(name, language, { ...SAMPLES[name][0], ...changes });

    it.each(both)('%s: a new interview shows the place and the link, and has not moved', (name) => {
      const mail = sample(name, {});
      expect(mail.text).toContain(`${phrases.place} ${interview.location}`);
      expect(mail.text).toContain(`${phrases.link} ${interview.meetingUrl}`);
      expect(mail.html).toContain(`href="${Handlebars.escapeExpression(interview.meetingUrl)}"`);
      expect(whole(mail)).not.toContain(phrases.moved);
    });

    it.each(both)('%s: a moved interview says where it has moved to; no place or link, no label', (name) => {
      const mail = sample(name, { moved: true, location: null, meetingUrl: null });
      expect(mail.text).toContain(`${phrases.moved} ${interview.startsAt}`);
      expect(whole(mail)).not.toContain(phrases.place);
      expect(whole(mail)).not.toContain(phrases.link);
    });

    it.each(both)('%s: a cancelled interview gives the reason only when there is one', (name) => {
      const withReason = sample(name, cancelled);
      expect(withReason.text).toContain(`${phrases.reason} ${cancelled.cancelReason}`);
      expect(withReason.subject).not.toBe(sample(name, {}).subject);
      const withoutReason = sample(name, { cancelled: true, cancelReason: null });
      expect(whole(withoutReason)).not.toContain(phrases.reason);
      expect(whole(withoutReason)).not.toContain(phrases.place);
    });

    it('the panel is asked to score on its own before reading the others', () => {
      expect(sample('panel-invitation', {}).text).toContain(phrases.independent);
      expect(sample('panel-invitation', { moved: true }).html).toContain(phrases.independent);
      expect(sample('interview-invitation', {}).text).not.toContain(phrases.independent);
    });
  });

  it.each([
    ['nl', 1, 'met 1 sollicitant.'],
    ['nl', 7, 'met 7 sollicitanten.'],
    ['et', 1, 'Nimekirjas on 1 kandidaat.'],
    ['et', 7, 'Nimekirjas on 7 kandidaati.'],
    ['en', 1, 'It holds 1 applicant.'],
    ['en', 7, 'It holds 7 applicants.'],
  ] as const)('counts the shortlist in words (%s, %d)', (language, applicantCount, words) => {
    const mail = render('shortlist-ready', language, { ...SAMPLES['shortlist-ready'][0], applicantCount });
    expect(mail.text).toContain(words);
  });

  describe('start-up', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'sift-mail-'));
      cpSync(mailTemplatesFolder(), folder, { recursive: true });
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('finds the templates beside package.json', () => {
      expect(existsSync(join(projectRoot(), 'package.json'))).toBe(true);
      expect(mailTemplatesFolder()).toBe(join(projectRoot(), 'templates', 'emails'));
    });

    it('fails naming the file when a template is missing', () => {
      unlinkSync(join(folder, 'et', 'rejection.text.hbs'));
      expect(() => MailTemplates.load(folder)).toThrow('Mail template file missing: et/rejection.text.hbs');
    });

    it('fails naming the file when a template does not parse, or belongs to no mail', () => {
      writeFileSync(join(folder, 'nl', 'rejection.html.hbs'), '{{#if candidateName}}no end');
      expect(() => MailTemplates.load(folder)).toThrow('Mail template nl/rejection.html.hbs does not parse');
      cpSync(mailTemplatesFolder(), folder, { recursive: true });
      writeFileSync(join(folder, 'en', 'rejektion.html.hbs'), 'typo');
      expect(() => MailTemplates.load(folder)).toThrow('of no known mail: en/rejektion.html.hbs');
    });

    it('is built by Nest without arguments', async () => {
      const moduleRef = await Test.createTestingModule({ providers: [MailTemplates] }).compile();
      const mail = moduleRef.get(MailTemplates).render('rejection', 'et', SAMPLES.rejection[0]);
      expect(mail.subject).toBe('Teie kandideerimine ametikohale „Accountmanager“');
      await moduleRef.close();
    });
  });
});
