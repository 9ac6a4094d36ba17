import { XMLParser } from 'fast-xml-parser';
import { child, EuropassNode, renderEuropass } from './europass-text';
import { europass2Candidate, renderEuropass2 } from './europass2-text';

/*
 * The Europass CV editor saves a PDF that carries the CV's data as an embedded file: the
 * older editor's Europass XML (root SkillsPassport) or the same document as JSON, or the
 * XML of the editor used since 2020 (root Candidate, HR-XML based). Where it is there, it
 * says exactly what the drawn text only shows (which date belongs to which job, each
 * language's five levels), so its plain-text rendering is read instead of the drawn text.
 */

/** More elements than a long Europass CV has (a few thousand); past it the file is not parsed. */
const MAX_TAGS = 20_000;
/** The schema nests about ten deep. */
const MAX_DEPTH = 32;
/** Attached files looked at, at most: the editor attaches one. */
const MAX_FILES = 8;

export interface PdfAttachment {
  filename?: string;
  content?: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  // Attributes (year="2019") and elements (<Year>) are looked up alike, as the JSON form names them.
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  maxNestedTags: MAX_DEPTH,
  // Only the five built-in entities and character references, each bounded; a DOCTYPE is refused before parsing.
  processEntities: { enabled: true, maxEntityCount: 0, maxEntitySize: 0, maxTotalExpansions: 200_000 },
});

function countOf(text: string, char: string, stopAt: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0 && count <= stopAt; at = text.indexOf(char, at + 1)) count++;
  return count;
}

/** A SkillsPassport with its LearnerInfo, or undefined when the value is none. */
function skillsPassport(root: unknown): EuropassNode | undefined {
  const learner = child(root, 'LearnerInfo');
  if (typeof learner !== 'object' || learner === null || Array.isArray(learner)) return undefined;
  return root as EuropassNode;
}

/**
 * The rendering of a SkillsPassport or of a Candidate (the Europass2 document), or undefined
 * when the root is neither; parse(…, true) validates first and throws on broken XML.
 */
function xmlText(text: string): string | undefined {
  // Europass XML has no DOCTYPE; one here could only declare entities to expand.
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) return undefined;
  if (countOf(text, '<', MAX_TAGS) > MAX_TAGS) return undefined;
  const document: unknown = parser.parse(text, true);
  const passport = skillsPassport(child(document, 'SkillsPassport'));
  if (passport) return renderEuropass(passport);
  const candidate = europass2Candidate(child(document, 'Candidate'));
  return candidate && renderEuropass2(candidate);
}

/** The JSON form wraps the document in a SkillsPassport object, or starts at it. */
function jsonText(text: string): string | undefined {
  const document: unknown = JSON.parse(text);
  const passport = skillsPassport(child(document, 'SkillsPassport') ?? document);
  return passport && renderEuropass(passport);
}

/**
 * The plain text of a Europass XML or JSON document, or undefined when the bytes are not
 * one, cannot be parsed, or exceed `maxBytes`.
 */
export function europassText(content: Uint8Array, maxBytes: number): string | undefined {
  if (content.byteLength > maxBytes) return undefined;
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  try {
    const rendered = text.startsWith('<') ? xmlText(text) : text.startsWith('{') ? jsonText(text) : undefined;
    return rendered && /\p{L}/u.test(rendered) ? rendered : undefined;
  } catch {
    // Broken XML or JSON (or an over-limit one): the drawn text is read instead.
    return undefined;
  }
}

/** The editors name their file attachment.xml or europass.xml; any XML or JSON attachment is looked at, those first. */
const EUROPASS_NAME = /(?:^|[\\/])(?:attachment|europass)[^\\/]*\.(?:xml|json)$/i;
const DATA_NAME = /\.(?:xml|json)$/i;

/** Whether a file is named as XML or JSON or starts like it (after a BOM and white space), whatever its name. */
function looksLikeData(file: PdfAttachment): file is { filename?: string; content: Uint8Array } {
  if (!(file?.content instanceof Uint8Array)) return false;
  if (DATA_NAME.test(file.filename ?? '')) return true;
  const start = Buffer.from(file.content.subarray(0, 64))
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  return start.startsWith('<') || start.startsWith('{');
}

/** The rendering of the first attachment that is a Europass document, from pdf.js's getAttachments() answer. */
export function europassFromAttachments(attachments: unknown, maxBytes: number): string | undefined {
  if (typeof attachments !== 'object' || attachments === null) return undefined;
  const files = Object.values(attachments as Record<string, PdfAttachment>).filter(looksLikeData);
  files.sort((a, b) => Number(EUROPASS_NAME.test(b.filename ?? '')) - Number(EUROPASS_NAME.test(a.filename ?? '')));
  for (const file of files.slice(0, MAX_FILES)) {
    const text = europassText(file.content, maxBytes);
    if (text) return text;
  }
  return undefined;
}
