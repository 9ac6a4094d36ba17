import type { NON_JOB_ENTRIES } from '../candidates/dto/fact-data.dto';
import { normaliseText as normalise } from '../scoring/text';
import { Line } from './lines';
import { Sections } from './sections';
import { titleScore } from './titles';
import type { WorkEntry } from './work';

/*
 * Entries of a work history that are no jobs: a career break, volunteering,
 * military or civilian service, a seat held beside a job. They stay in the history, marked, and are never
 * counted as years in sales.
 */
export type NonJob = (typeof NON_JOB_ENTRIES)[number];

const CAREER_BREAK =
  /loopbaanonderbreking|career break|sabbatical|lapsehoolduspuhkus|vanemapuhkus|ouderschapsverlof|zwangerschapsverlof|mantelzorg|werkloos|unemploy|tussenjaar|gap year|wereldreis|parental leave|maternity leave|paternity leave|caring for|reisimine|lapsehooldus|emapuhkus|isapuhkus|(?<!during |under |tijdens |naast |beside |alongside )\b(?:opingud|studies|oppisin)\b|erasmus|exchange[- ]?semester|exchange student|study abroad|uitwisselingssemester|vahetussemester|vahetusopila|hooldusaeg|hooldamas|\btootu\b|zorgverlof|onbetaald verlof|sabbatsverlof|werkzoekend|job seeker|jobseeker|working holiday|elternzeit|conge parental|conge de maternite|hoolduspuhkus|hoolitsesin|herstel na|revalidatie na|time out|\b(?:ziek|ziekte|langdurig ziek|burn ?out|haigus|haigusleht|illness|sick|cancer|kanker)\b|gereisd|rugzak|seljakot\w*|reisisin|maailmareis|thru hiked|trekking|tijdskrediet|thuis voor de zorg|zorg voor (?:mijn|onze)|kolimine|soja tottu|because of the war|vanwege de oorlog|fled the war|laid off (?:while|during|in)|integration course|integratiecursus|integratsioonikursus|taalcursus|language course|keelekursus|verhuizing naar|teruggegaan naar school|back to school|full time (?:diploma|study|studies|course)|voltijds studeren|ziekteverlof|sick leave|long term illness|recovery from|rehabilitation after|haiguslehel|taastusravi|full time student|fulltime student|voltijds student|voltijdstudent|paevaope|statsionaarne ope|karjaaripaus|loopbaanpauze|carrierepauze|career pause|career gap|\b(?:vahe|gap)\b(?! year| analys)|\breis\b|travell?(?:ed|ing) (?:and worked|through|around|across|in)|\breis (?:door|naar|rond)|rondreis|backpack|emigratie|inburgering|emigrat|immigrat|relocation\b|sisseranne|valjaranne/;
/** Military or civilian service: conscription, a national service year. */
const SERVICE =
  /ajateenistus|ajateenija|grundwehrdienst|wehrdienst|service militaire|service civique|naval reserve|army reserve|national guard|territorial army|reservist|kaitseli(?:it|id)|naiskodukaitse|asendusteenistus|military service|conscription|national service|national youth service|\bnysc\b|dienstplicht|militaire dienst|vervangende dienst|zivildienst|servizio civile|kaitsvaeteenistus|corps member|legerdienst|milicien|noukogude armee|nsvl relvajoud|soviet army|red army|sovjetleger/;
const VOLUNTEERING =
  /vrijwillig|volunteer|vabatahtlik|\b(?:unpaid|onbetaald|onbezoldigd|unsalaried|pro bono|tasuta|tasustamata|praeses|jeugdtrainer|youth coach)\b|tudengifirma|mentor (?:at|for|bij|voor)|opilasfirma|student company|mini onderneming|leerlingenbedrijf|uliopilasesindus|tudengiesindus|studentenraad|student council|students union|student union/;
/** A seat held beside a job: on a board, a supervisory board, a club's committee. */
const SIDE_POSITION =
  /\b(?:bestuurslid|bestuur van|board member|member of the board|board of|non executive|trustee|governor|penningmeester|treasurer|voorzitter|chair|chairman|chairwoman|chairperson|juhatuse liige|noukogu|commissaris|toezichthouder|raad van toezicht|advisory board|adviesraad|councillor|councilor|council member|gemeenteraadslid|raadslid|volikogu liige)\b/;

const SIDE_HEADING_LOOKBACK = 40;

/** A heading that puts what is under it in the forces: "Military service", "Legerdienst", "Kaitsevägi". */
const SERVICE_HEADING = /\b(?:military|legerdienst|krijgsmacht|kaitsevagi|kaitsevaeteenistus|armed forces)\b/;

/** Headings of unpaid engagement: "Engagement", "Maatschappelijke activiteiten", "Ühiskondlik tegevus". */
const ENGAGED =
  /^(?:engagement|maatschappelijk\w*(?: activiteiten| engagement)?|uhiskondlik\w*(?: tegevus)?|community(?: involvement| work)?)$/;

/** The nearest heading above a line, normalised, or ''. */
function headingAbove(lines: Line[], sections: Sections, at: number): string {
  for (let i = at; i >= 0 && at - i <= SIDE_HEADING_LOOKBACK; i--) if (sections.heading[i]) return lines[i].norm;
  return '';
}

/** Headings of work beside the main job: "Nevenactiviteiten", "Side jobs", "Kõrvaltegevused", "Freelance". */
const SIDE_WORK_HEADING =
  /neven|bijbaan|bijbanen|side (?:jobs?|work|projects?|activities)|korvalt|freelance|other activities|muu tegevus/;

/** Whether the section a line stands in is work beside the main job, by its heading. */
export function underSideWork(lines: Line[], sections: Sections, at: number): boolean {
  return SIDE_WORK_HEADING.test(headingAbove(lines, sections, at));
}

/** A volunteer post, a seat or time in the forces named in a line of a side section, or by the section's heading. */
export function sideActivity(lines: Line[], sections: Sections, at: number): NonJob | undefined {
  const heading = headingAbove(lines, sections, at);
  if (SERVICE_HEADING.test(heading) || SERVICE.test(heading)) return 'service';
  if (VOLUNTEERING.test(lines[at].norm) || VOLUNTEERING.test(heading) || ENGAGED.test(heading)) return 'volunteering';
  if (SIDE_POSITION.test(lines[at].norm)) return 'side_position';
  return undefined;
}

/** Whether a dated entry is a break or volunteering rather than a job, from its dates line and title (normalised). */
export function nonJobOf(norm: string): NonJob | undefined {
  if (SERVICE.test(norm)) return 'service';
  if (VOLUNTEERING.test(norm)) return 'volunteering';
  if (CAREER_BREAK.test(norm)) return 'career_break';
  return undefined;
}

/**
 * A board seat or a committee post held while another job ran is a side
 * position; held alone, "juhatuse liige" is how many an Estonian manager's
 * job is titled, so it stays a job.
 */
export function markSidePositions(entries: WorkEntry[]): void {
  const jobs = entries.filter((entry) => !entry.nonJob);
  for (const entry of jobs) {
    if (!SIDE_POSITION.test(normalise(`${entry.title} ${entry.employer ?? ''}`)) || namesRoleBeside(entry.title))
      continue;
    const overlaps = jobs.some(
      (other) =>
        other !== entry &&
        !SIDE_POSITION.test(normalise(`${other.title} ${other.employer ?? ''}`)) &&
        other.period.start <= (entry.period.end ?? '9999-12-31') &&
        entry.period.start <= (other.period.end ?? '9999-12-31'),
    );
    if (overlaps) entry.nonJob = 'side_position';
  }
}

/** A seat named together with a working role is that role's job: "Juhatuse liige ja müügijuht", "Board member and CFO". */
function namesRoleBeside(title: string): boolean {
  const parts = normalise(title).split(/ (?:ja|and|en|et) /);
  return parts.length > 1 && parts.some((part) => !SIDE_POSITION.test(part) && titleScore(part) > 0);
}
