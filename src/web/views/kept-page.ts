import { constants, crc32, deflateRawSync } from 'node:zlib';
import { CSRF_TOKEN_LENGTH } from '../csrf/csrf-tokens';

/**
 * Where the CSRF token goes in a kept page: as long as a token, and of a
 * character that HTML never holds, so that no other text of the page can be
 * mistaken for it (or, compressed, refer back into it).
 */
export const TOKEN_STAND_IN = '\u0001'.repeat(CSRF_TOKEN_LENGTH);

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * Markup rendered once and sent to many readers, each with their own CSRF
 * token where the stand-ins are: a page's body, or the layout around it.
 * Besides the text it holds the parts between the stand-ins deflated once
 * (later parts still referring back to earlier ones), each ended at a byte
 * boundary, so that an answer is those parts with the reader's token between
 * them, in a gzip frame (see `gzipWithToken`), instead of the whole page
 * compressed again for every request.
 */
export class KeptPage {
  private constructor(
    readonly markup: string,
    /** The markup between the stand-ins, as UTF-8. */
    readonly parts: Buffer[],
    /** Each part deflated; absent when the markup held a stray stand-in character. */
    readonly deflated: Buffer[] | undefined,
  ) {}

  static keep(markup: string): KeptPage {
    const texts = markup.split(TOKEN_STAND_IN);
    const parts = texts.map((text) => Buffer.from(text));
    const clean = texts.every((text) => !text.includes('\u0001'));
    return new KeptPage(markup, parts, clean ? deflateAround(parts) : undefined);
  }

  /** What the page holds in memory, roughly, in bytes. */
  get size(): number {
    const sum = (buffers: Buffer[]) => buffers.reduce((total, buffer) => total + buffer.length, 0);
    return this.markup.length * 2 + sum(this.parts) + sum(this.deflated ?? []);
  }

  /** The page as text, with the token in it. */
  text(token: string): string {
    return this.markup.replaceAll(TOKEN_STAND_IN, token);
  }
}

/**
 * Kept pieces one after the other (the layout's head, the page, the layout's
 * end), with the token in them, gzipped; undefined when they cannot be spliced
 * (a token of another length, a piece with a stray stand-in character).
 * Nothing is compressed here: the token goes in once as it is, then each time
 * again as a copy of where it last was (a few bytes, not 86).
 */
export function gzipWithToken(pieces: KeptPage[], token: string): Buffer | undefined {
  const tokenBytes = Buffer.from(token);
  if (tokenBytes.length !== TOKEN_STAND_IN.length || pieces.some((piece) => !piece.deflated)) return undefined;
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  let lastAt: number | undefined;
  for (const piece of pieces) {
    piece.parts.forEach((part, index) => {
      if (index > 0) {
        const distance = lastAt === undefined ? Infinity : length - lastAt;
        chunks.push(distance <= WINDOW_BYTES ? copyBlock(tokenBytes.length, distance) : storedBlock(tokenBytes));
        lastAt = length;
        crc = crc32(tokenBytes, crc);
        length += tokenBytes.length;
      }
      chunks.push(piece.deflated![index]);
      // (Node's crc32 of no bytes is 0, whatever came before.)
      if (part.length) crc = crc32(part, crc);
      length += part.length;
    });
  }
  const trailer = Buffer.alloc(13);
  // The last block: stored and empty (BFINAL set, then LEN 0 and NLEN), then the CRC-32 and the length (RFC 1952).
  trailer.set([1, 0, 0, 0xff, 0xff]);
  trailer.writeUInt32LE(crc >>> 0, 5);
  trailer.writeUInt32LE(length >>> 0, 9);
  chunks.push(trailer);
  return Buffer.concat(chunks);
}

/** How far back deflate refers. */
const WINDOW_BYTES = 32 * 1024;

/**
 * Each part deflated, ending at a byte boundary (a sync flush), with what
 * came before it (the parts and the stand-ins between them) as its preset
 * dictionary: later parts still refer back to earlier ones, and distances
 * stay right when a token of the stand-in's length takes its place. Nothing
 * refers into a stand-in, since no part holds its character. No part is
 * final: what follows is deflated on its own.
 */
function deflateAround(parts: Buffer[]): Buffer[] {
  const standIn = Buffer.from(TOKEN_STAND_IN);
  let before = Buffer.alloc(0);
  return parts.map((part, index) => {
    if (index > 0) before = Buffer.concat([before, standIn]).subarray(-WINDOW_BYTES);
    const deflated = deflateRawSync(part, {
      level: constants.Z_BEST_COMPRESSION,
      finishFlush: constants.Z_SYNC_FLUSH,
      ...(before.length ? { dictionary: before } : {}),
    });
    before = Buffer.concat([before, part]).subarray(-WINDOW_BYTES);
    return deflated;
  });
}

/**
 * A deflate block (fixed codes, not the last) that repeats `length` bytes from
 * `distance` back, then an empty stored block to come back to a byte
 * boundary (RFC 1951, 3.2.5 and 3.2.6).
 */
function copyBlock(length: number, distance: number): Buffer {
  const key = distance * 512 + length;
  let block = copyBlocks.get(key);
  if (!block) {
    if (copyBlocks.size >= 4096) copyBlocks.clear();
    block = makeCopyBlock(length, distance);
    copyBlocks.set(key, block);
  }
  return block;
}

/** Most answers repeat the same few distances (a page's forms stand where they stood). */
const copyBlocks = new Map<number, Buffer>();

function makeCopyBlock(length: number, distance: number): Buffer {
  const bits = new BitWriter();
  bits.put(0, 1);
  bits.put(1, 2);
  const lengthCode = LENGTH_BASES.findLastIndex((base) => base <= length);
  bits.putCode(lengthCode + 1, 7); // Symbols 257-279 have seven-bit codes 1-23.
  bits.put(length - LENGTH_BASES[lengthCode], LENGTH_EXTRA[lengthCode]);
  const distanceCode = DISTANCE_BASES.findLastIndex((base) => base <= distance);
  bits.putCode(distanceCode, 5);
  bits.put(distance - DISTANCE_BASES[distanceCode], DISTANCE_EXTRA[distanceCode]);
  bits.putCode(0, 7); // End of block (256).
  bits.put(0, 3); // An empty stored block: its header, padding, then LEN 0 and NLEN.
  return Buffer.concat([bits.bytes(), Buffer.from([0, 0, 0xff, 0xff])]);
}

// Lengths 3-258 (symbols 257-285) and distances 1-32768 (codes 0-29): RFC 1951, 3.2.5.
const LENGTH_BASES = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASES = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];

/** Bits packed as deflate packs them: fields from the least significant bit, Huffman codes from the most. */
class BitWriter {
  private readonly out: number[] = [];
  private current = 0;
  private used = 0;

  put(value: number, count: number): void {
    for (let bit = 0; bit < count; bit++) this.bit((value >> bit) & 1);
  }

  putCode(code: number, count: number): void {
    for (let bit = count - 1; bit >= 0; bit--) this.bit((code >> bit) & 1);
  }

  /** What was written, the last byte padded with zeros. */
  bytes(): Buffer {
    return Buffer.from(this.used ? [...this.out, this.current] : this.out);
  }

  private bit(value: number): void {
    this.current |= value << this.used;
    if (++this.used === 8) {
      this.out.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }
}

/** Bytes as a stored deflate block, not the last one; the stream is at a byte boundary here. */
function storedBlock(bytes: Buffer): Buffer {
  const block = Buffer.alloc(5 + bytes.length);
  block[0] = 0;
  block.writeUInt16LE(bytes.length, 1);
  block.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(block, 5);
  return block;
}
