import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');
const FAIRNESS = join(SRC, 'fairness');

/**
 * What scores, screens, moves or shows a person: none of it may reach the
 * fairness module, where the equal-opportunity answers are kept. Pages are
 * all about people except the fairness report's own and the module that
 * wires every page together.
 */
const ISOLATED = [
  'scoring',
  'screening',
  'applications',
  'interviews',
  'candidates',
  'cvs',
  'cv-reading',
  'notes',
  'duplicates',
  'panel-access',
  'dashboard',
  'vacancies',
  'mail',
  'imports',
  'web',
];
const NOT_ABOUT_A_PERSON = [join(SRC, 'web', 'web.module.ts'), join(SRC, 'web', 'reports', 'fairness')];
/** Codes and nothing else: the questions asked, which settings and DTOs may name. */
const SHARED = [join(FAIRNESS, 'question-sets.ts'), join(FAIRNESS, 'own-question-sets.ts')];

const IMPORT =
  /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The project files a file imports, type-only imports included: a type is a way to hold an answer too. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier.startsWith('.')) continue;
    const base = resolve(dirname(file), specifier);
    const target = [`${base}.ts`, join(base, 'index.ts'), base].find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    if (target) found.push(target);
  }
  return found;
}

/** The chain of imports from `start` to the first fairness file it reaches, or null. */
function pathToFairness(start: string, graph: Map<string, string[]>): string[] | null {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (file.startsWith(`${FAIRNESS}/`) && !SHARED.includes(file)) {
      const chain = [file];
      for (let at = cameFrom.get(file); at; at = cameFrom.get(at)) chain.unshift(at);
      return chain.map((path) => relative(ROOT, path));
    }
    if (!graph.has(file)) graph.set(file, importsOf(file));
    for (const next of graph.get(file)!) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      queue.push(next);
    }
  }
  return null;
}

describe('the equal-opportunity answers stay in the fairness module', () => {
  const graph = new Map<string, string[]>();
  const roots = ISOLATED.flatMap((folder) => sourceFiles(join(SRC, folder))).filter(
    (file) => !NOT_ABOUT_A_PERSON.some((excluded) => file === excluded || file.startsWith(`${excluded}`)),
  );

  it('walks every file that scores, screens, moves or shows a person', () => {
    expect(roots.length).toBeGreaterThan(200);
    expect(roots).toContain(join(SRC, 'scoring', 'score.ts'));
    expect(roots).toContain(join(SRC, 'web', 'recruiter', 'candidate.page.ts'));
  });

  it('finds no import path from any of them to the answers', () => {
    const reaching = roots.flatMap((root) => {
      const chain = pathToFairness(root, graph);
      return chain ? [chain.join(' -> ')] : [];
    });
    expect(reaching).toEqual([]);
  });

  it('would see an import of the answers if one were made', () => {
    // The walk itself is checked on the one place that does import them.
    const controller = join(FAIRNESS, 'self-identification.controller.ts');
    expect(pathToFairness(join(SRC, 'app.module.ts'), graph)).not.toBeNull();
    expect(importsOf(controller)).toContain(join(FAIRNESS, 'self-identification.service.ts'));
  });
});
