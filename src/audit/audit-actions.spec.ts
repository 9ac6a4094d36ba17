import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_SUBJECTS } from '../web/admin/audit.view';

const SRC = join(__dirname, '..');
const LANGUAGES = ['en', 'nl', 'et'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every action a file that records to the audit trail names: `'subject.verb'` literals of a known subject. */
function recordedActions(): Set<string> {
  const subjects = [...AUDIT_SUBJECTS, 'shortlist', 'self_identification', 'audit'].join('|');
  const literal = new RegExp(`'((?:${subjects})\\.[a-z_]+)'`, 'g');
  const actions = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/audit\/audit-trail'|audit\.record|noteRead|recordAlone/.test(text)) continue;
    // Lines that name an action: `action: '…'`, `const action = … ? '…' : '…'`, or an event helper's first argument.
    for (const line of text.split('\n').filter((one) => /action|Event\(|recorded\(/.test(one))) {
      for (const match of line.matchAll(literal)) actions.add(match[1]);
    }
  }
  return actions;
}

describe('the audit trail’s actions', () => {
  it('each have words in every language, for the audit page', () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(40);
    for (const language of LANGUAGES) {
      const words = JSON.parse(
        readFileSync(join(SRC, '..', 'templates', 'pages', 'i18n', language, 'audit.json'), 'utf8'),
      ) as Record<string, string>;
      const missing = [...actions].filter((action) => !words[`audit.action.${action}`]);
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
