import { normaliseText } from '../scoring/text';

/**
 * Form-style CVs (the Estonian CV portals, many Dutch templates) label each
 * value: "Ametikoht: Müügijuht", "Werkgever: Van Dijk BV", "Eriala: ärijuhtimine".
 * The label says what the value is, better than any guess from its words.
 */
export type Label = 'title' | 'employer' | 'period' | 'duties' | 'field' | 'institution' | 'level';

const LABELS: Record<Label, string> = {
  title:
    'ametikoht|amet|ametinimetus|positsioon|roll|rol|beroep|functie|functietitel|function|position|position held|occupation|role|job title|title|job|wat|what|poste|intitule du poste|puesto|cargo|stanowisko|funktion|stellung|designation|job role|positie|functienaam|jobtitel|ametikoha nimetus',
  employer:
    'ettevote|tooandja|asutus|firma|agentuur|werkgever|bedrijf|organisatie|company|employer|organisation|organization|waar|where|entreprise|employeur|societe|empresa|pracodawca|arbeitgeber|unternehmen',
  period:
    'periood|tooperiood|time|looptijd|duur dienstverband|tooaeg|tootamise aeg|periode|tijdvak|period|dates|date|datum|aeg|ajavahemik|van tot|from to|vanaf tot|duration|when|wanneer|millal|jaren|years|aastad|fechas|periodo|okres|okres zatrudnienia|zeitraum|periode d emploi|duree|tenure|duration of employment',
  duties:
    'tooulesanded|ulesanded|kohustused|vastutusala|vastutus|taken|werkzaamheden|verantwoordelijkheden|duties|responsibilities|main duties|main responsibilities|main activities and responsibilities|kerntaken|hoofdtaken|tasks|achievements|saavutused|resultaten|belangrijkste taken|description|missions|taches|funciones|responsabilidades|obowiazki|aufgaben|tatigkeiten',
  field: 'eriala|richting|studierichting|studie|opleiding|field|field of study|major|specialisatie|oppekava',
  institution: 'oppeasutus|kool|onderwijsinstelling|school|institution|university|universiteit|instituut|hogeschool',
  level: 'haridustase|niveau|level|degree|diploma|graad',
};
const BY_NAME = new Map<string, Label>();
for (const [label, names] of Object.entries(LABELS) as [Label, string][]) {
  for (const name of names.split('|')) BY_NAME.set(name, label);
}
const LABELLED = /^([\p{L} ]{2,30}?)\s*:\s*(.*)$/u;

/** The label a text names when it is nothing but a label ("From – To" in a table's left column). */
export function labelNamed(text: string): Label | null {
  return BY_NAME.get(normaliseText(text)) ?? null;
}

/** The label of a "Label: value" text, and the value; null when the text carries no known label. */
export function labelOf(text: string): { label: Label; value: string } | null {
  const match = LABELLED.exec(text);
  if (!match) return null;
  const label = BY_NAME.get(normaliseText(match[1]));
  return label ? { label, value: match[2].trim() } : null;
}

/** A form's row or cell pair, "Label: value", "Label | value", or the two set apart by a tab or a wide gap. */
const LABEL_CELL = /^([\p{L} ]{2,30}?)\s*(?:[:|]|\t|\s{3,})\s*(.*)$/u;

/** The label of a form's row, in any of the ways a row sets it apart, and the value; null without a known label. */
export function labelOfRow(text: string): { label: Label; value: string } | null {
  const match = LABEL_CELL.exec(text);
  const label = match ? labelNamed(match[1]) : null;
  return label ? { label, value: match![2] } : null;
}
