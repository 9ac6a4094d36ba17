import { normaliseText as normalise } from '../scoring/text';

/** Countries, and the words of regions, that close a place line ("Amsterdam, North Holland, Netherlands"). */
const PLACE_END =
  /^(?:netherlands|nederland|the netherlands|estonia|eesti|belgium|belgie|united kingdom|uk|england|scotland|germany|duitsland|saksamaa|finland|soome|latvia|lati|lithuania|leedu|sweden|rootsi|ireland|united states|usa|canada|australia|france|frankrijk|prantsusmaa|spain|spanje|espana|hispaania|italy|italie|italia|itaalia|poland|polen|poola|polska|portugal|norway|noorwegen|norra|norge|denmark|denemarken|taani|danmark|switzerland|zwitserland|sveits|schweiz|austria|oostenrijk|deutschland|suomi|sverige|luxembourg|luxemburg|\S+maa|.+ area|.+ region)$/;
/** A town with its country in brackets: "Lille (France)", "Valencia (España)". */
const TOWN_AND_COUNTRY = /^\s*\p{Lu}[\p{L} .'-]{1,40}\s*\(([^()]{2,30})\)\s*$/u;

/** A place as the LinkedIn export writes it under a job's dates: not the next job's title or employer. */
export function isPlace(text: string): boolean {
  const bracketed = TOWN_AND_COUNTRY.exec(text);
  if (bracketed) return PLACE_END.test(normalise(bracketed[1]));
  const parts = text.split(',');
  if (text.length > 80 || parts.length < 2 || parts.length > 4) return false;
  if (!parts.every((part) => /^\s*\p{Lu}[\p{L} .'-]{1,40}$/u.test(part))) return false;
  // "Burlington, ON", "Austin, TX 78701": a state's or province's two capitals, with the ZIP code or not.
  return (
    PLACE_END.test(normalise(parts[parts.length - 1])) ||
    (parts.length === 2 && /^\s*[A-Z]{2}(?:\s+\d{5})?$/.test(parts[1]) && !/\s[-–—]\s/.test(text))
  );
}
