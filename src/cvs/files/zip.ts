import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A reader of just enough of the ZIP format (PKWARE APPNOTE 6.3) to list a DOCX's parts
 * and prove what they unpack to before a full unzipper sees the file. It reads the central
 * directory, which is what unzippers trust, and never believes a declared size: every part
 * is inflated with a hard output cap.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when unpacked. */
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  /** As declared by the archive: a hint, not a fact. */
  declaredSize: number;
  localHeaderOffset: number;
}

/** The archive's structure is broken; `reason` is worded for a recruiter. */
export class ZipFormatError extends Error {}

/** The archive unpacks, or claims to unpack, past a limit. */
export class ZipLimitError extends Error {
  constructor(
    message: string,
    readonly reason: 'entries' | 'bytes',
  ) {
    super(message);
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;

export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError('the file is incomplete or damaged (its ZIP directory is missing)');
}

function safeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(`its ZIP ${what} is impossible`);
  return Number(value);
}

interface Directory {
  entries: number;
  offset: number;
  size: number;
}

function readDirectoryLocation(bytes: Buffer): Directory {
  const end = findEndOfDirectory(bytes);
  let directory: Directory = {
    entries: bytes.readUInt16LE(end + 10),
    size: bytes.readUInt32LE(end + 12),
    offset: bytes.readUInt32LE(end + 16),
  };
  const locator = end - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const zip64End = safeNumber(bytes.readBigUInt64LE(locator + 8), 'directory offset');
    if (zip64End + 56 > bytes.length || bytes.readUInt32LE(zip64End) !== ZIP64_END_OF_DIRECTORY) {
      throw new ZipFormatError('the file is damaged (its ZIP64 directory is missing)');
    }
    directory = {
      entries: safeNumber(bytes.readBigUInt64LE(zip64End + 32), 'entry count'),
      size: safeNumber(bytes.readBigUInt64LE(zip64End + 40), 'directory size'),
      offset: safeNumber(bytes.readBigUInt64LE(zip64End + 48), 'directory offset'),
    };
  }
  if (directory.offset + directory.size > bytes.length) {
    throw new ZipFormatError('the file is incomplete or damaged (its ZIP directory points past its end)');
  }
  return directory;
}

/** Fields marked 0xFFFFFFFF live in the ZIP64 extra field, in this fixed order. */
function applyZip64Extra(bytes: Buffer, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipFormatError('its ZIP64 sizes are cut short');
        const value = safeNumber(bytes.readBigUInt64LE(field), 'size');
        field += 8;
        return value;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

/** Lists the archive's entries from its central directory; refuses more than `maxEntries`. */
export function listZipEntries(bytes: Buffer, maxEntries: number): ZipEntry[] {
  const directory = readDirectoryLocation(bytes);
  if (directory.entries > maxEntries) {
    throw new ZipLimitError(`holds ${directory.entries} parts`, 'entries');
  }
  const entries: ZipEntry[] = [];
  const end = directory.offset + directory.size;
  let at = directory.offset;
  while (at + 46 <= end && bytes.readUInt32LE(at) === DIRECTORY_ENTRY) {
    if (entries.length >= maxEntries) throw new ZipLimitError(`holds more than ${maxEntries} parts`, 'entries');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > end) throw new ZipFormatError('its ZIP directory is cut short');
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, nameEnd),
      method: bytes.readUInt16LE(at + 10),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      declaredSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(bytes, nameEnd, nameEnd + extraLength, entry);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  if (entries.length !== directory.entries) {
    throw new ZipFormatError('its ZIP directory is damaged (it lists fewer parts than it says)');
  }
  return entries;
}

function compressedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new ZipFormatError(`its part ${entry.name} is missing`);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`its part ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Unpacks one entry, failing with ZipLimitError as soon as it would pass `maxBytes`. */
export function unpackZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const data = compressedData(bytes, entry);
  let content: Buffer;
  if (entry.method === 0) {
    content = data;
  } else if (entry.method === 8) {
    try {
      // One byte over the cap is enough to know the cap was passed.
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes + 1) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipLimitError('unpacks past the limit', 'bytes');
      }
      throw new ZipFormatError(`its part ${entry.name} is damaged`);
    }
  } else {
    throw new ZipFormatError(`its part ${entry.name} uses a compression Sift does not read`);
  }
  if (content.length > maxBytes) throw new ZipLimitError('unpacks past the limit', 'bytes');
  if (content.length !== entry.declaredSize || crc32(content) !== entry.crc) {
    throw new ZipFormatError(`its part ${entry.name} is damaged (its size or checksum is wrong)`);
  }
  return content;
}

/**
 * Proves the archive unpacks to at most `maxBytes` in all: first by what it declares
 * (cheap, refuses honest bombs at once), then by inflating every entry under the cap that
 * is left (refuses archives that lie about their sizes). Returns the real total.
 */
export function checkZipUnpackedSize(bytes: Buffer, entries: ZipEntry[], maxBytes: number, deadline?: () => void) {
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > maxBytes) throw new ZipLimitError('declares more than the limit', 'bytes');
  let total = 0;
  for (const entry of entries) {
    deadline?.();
    if (entry.name.endsWith('/') && entry.compressedSize === 0) continue;
    total += unpackZipEntry(bytes, entry, maxBytes - total).length;
  }
  return total;
}
