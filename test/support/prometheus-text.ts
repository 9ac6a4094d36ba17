/** One sample of Prometheus's text exposition format (version 0.0.4). */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  /** By metric family: counter, gauge, histogram… */
  types: Map<string, string>;
  help: Map<string, string>;
  samples: Sample[];
}

const NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', n: '\n' };

/**
 * Reads an exposition strictly, throwing at the first line that is not in the
 * format (with its number), so a test of /metrics also tests what it serves.
 */
export function parsePrometheusText(text: string): Exposition {
  const exposition: Exposition = { types: new Map(), help: new Map(), samples: [] };
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    try {
      if (line.startsWith('#')) readComment(line, exposition);
      else exposition.samples.push(readSample(line));
    } catch (error) {
      throw new Error(`Line ${index + 1} is not in the exposition format (${(error as Error).message}): ${line}`, {
        cause: error,
      });
    }
  });
  return exposition;
}

function readComment(line: string, into: Exposition): void {
  const match = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
  if (!match) return; // Any other comment is allowed and means nothing.
  if (match[1] === 'HELP') into.help.set(match[2], match[3]);
  else if (/^(counter|gauge|histogram|summary|untyped)$/.test(match[3])) into.types.set(match[2], match[3]);
  else throw new Error(`unknown type ${match[3]}`);
}

function readSample(line: string): Sample {
  let at = 0;
  const take = (pattern: RegExp, what: string): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(line);
    if (!match) throw new Error(`${what} expected at ${at}`);
    at += match[0].length;
    return match[0];
  };
  const expect = (char: string) => {
    if (line[at] !== char) throw new Error(`"${char}" expected at ${at}`);
    at += 1;
  };
  const name = take(NAME, 'a metric name');
  const labels: Record<string, string> = {};
  if (line[at] === '{') {
    at += 1;
    while (line[at] !== '}') {
      const label = take(LABEL_NAME, 'a label name');
      if (label in labels) throw new Error(`label ${label} twice`);
      expect('=');
      expect('"');
      let value = '';
      while (line[at] !== '"') {
        if (at >= line.length) throw new Error('unterminated label value');
        if (line[at] === '\\') {
          const escaped = ESCAPES[line[at + 1]];
          if (escaped === undefined) throw new Error(`bad escape at ${at}`);
          value += escaped;
          at += 2;
        } else value += line[at++];
      }
      at += 1;
      labels[label] = value;
      if (line[at] === ',') at += 1;
      else if (line[at] !== '}') throw new Error(`"," or "}" expected at ${at}`);
    }
    at += 1;
  }
  expect(' ');
  const [raw, timestamp, ...rest] = line.slice(at).split(' ');
  if (rest.length || (timestamp !== undefined && !/^-?\d+$/.test(timestamp))) throw new Error('bad timestamp');
  const value = /^[+-]?inf$/i.test(raw) ? (raw.startsWith('-') ? -Infinity : Infinity) : Number(raw);
  if (!/^nan$/i.test(raw) && (raw === '' || Number.isNaN(value))) throw new Error(`bad value "${raw}"`);
  return { name, labels, value };
}

/** The samples of a name whose labels include all of `labels`. */
export function samplesOf(exposition: Exposition, name: string, labels: Record<string, string> = {}): Sample[] {
  return exposition.samples.filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([label, value]) => sample.labels[label] === value),
  );
}

/** The one sample's value, 0 when there is none (a series not yet counted); throws when the labels name several. */
export function valueOf(exposition: Exposition, name: string, labels: Record<string, string> = {}): number {
  const found = samplesOf(exposition, name, labels);
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value ?? 0;
}
