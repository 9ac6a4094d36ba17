/** A date written as three numbers with slashes: "06/01/2022", "3/14/2016". */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g;

/**
 * American CVs write the month before the day ("03/14/2016 – 05/27/2022").
 * A CV with a second number over 12 in one such date and a first over 12 in
 * none writes them all so: each is turned day first, as the reader reads
 * dates, keeping its length and so every span.
 */
export function dayFirstDates(text: string): string {
  if (!text.includes('/')) return text;
  let monthFirst = false;
  for (const match of text.matchAll(SLASHED)) {
    if (Number(match[1]) > 12) return text;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  return monthFirst
    ? text.replace(SLASHED, (_, month: string, day: string, year: string) => `${day}/${month}/${year}`)
    : text;
}
