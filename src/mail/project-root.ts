import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

/**
 * The folder holding Sift's package.json. Walking up from this file finds it
 * both from `src/mail` (ts-node, Jest) and from `dist/src/mail` after a build,
 * so files beside the code, such as templates, need no copying into dist.
 */
export function projectRoot(): string {
  if (found === undefined) found = findUp(__dirname);
  return found;
}

function findUp(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json in ${start} or any folder above it`);
  }
}
