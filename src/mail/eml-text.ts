/**
 * The plain-text part of a stored message, decoded, for reading on a page: the
 * first `text/plain` part, in quoted-printable, base64 or as is. Undefined when
 * the message has none that can be read this way; the raw file still can be.
 */
export function plainTextOf(source: string): string | undefined {
  const part =
    /(^|\r?\n)((?:[!-9;-~]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)*?Content-Type:\s*text\/plain[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n(?:[!-9;-~]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n)*)\r?\n/i.exec(
      source,
    );
  if (!part) return undefined;
  const headers = part[2];
  const start = part.index + part[0].length;
  const end = source.slice(start).search(/\r?\n--[^\r\n]+(\r?\n|$)/);
  const body = end === -1 ? source.slice(start) : source.slice(start, start + end);
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1].toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
}
