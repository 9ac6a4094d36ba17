import { Injectable, Optional } from '@nestjs/common';
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Language, MAIL_TEMPLATES, MailTemplateName, MailVariables, RenderedMail } from './mail-catalogue';
import { projectRoot } from './project-root';

const LANGUAGES = ['nl', 'et', 'en'] as const satisfies readonly Language[];
// Fails to compile when Language gains a language this list lacks.
export const EVERY_MAIL_LANGUAGE: [Exclude<Language, (typeof LANGUAGES)[number]>] extends [never] ? true : never = true;

const PARTS = ['subject', 'html', 'text'] as const;
type Part = (typeof PARTS)[number];
type Render = Handlebars.TemplateDelegate<object>;

interface CompiledMail {
  parts: Record<Part, Render>;
  /** Every variable its parts read: strict mode alone lets a missing one through `{{#if}}` and helpers. */
  variables: ReadonlySet<string>;
}

const PARAGRAPH_STYLE = 'margin:0 0 16px 0;';

/** `templates/emails` of this checkout or installation. */
export function mailTemplatesFolder(): string {
  return join(projectRoot(), 'templates', 'emails');
}

/**
 * Sift's mails in every language, compiled once at start-up. A missing or
 * stray template file, or one that does not parse, stops start-up with the
 * file's name.
 */
@Injectable()
export class MailTemplates {
  private readonly mails = new Map<string, CompiledMail>();

  /** Nest builds it without an argument, from the project's own templates. */
  constructor(@Optional() folder?: string) {
    const root = folder ?? mailTemplatesFolder();
    const shared = partialFiles(join(root, 'partials'));
    for (const language of LANGUAGES) this.compileLanguage(root, language, shared);
  }

  static load(folder: string): MailTemplates {
    return new MailTemplates(folder);
  }

  render<N extends MailTemplateName>(name: N, language: Language, variables: MailVariables[N]): RenderedMail {
    const mail = this.mails.get(`${language}/${name}`);
    if (!mail) throw new Error(`No mail template ${name} in language ${String(language)}`);
    for (const variable of mail.variables) {
      if (variables === null || typeof variables !== 'object' || !(variable in variables)) {
        throw new Error(`Mail template ${name} (${language}) needs the variable "${variable}"; pass null for no value`);
      }
    }
    // A template spread over lines, or a value with a line break, must not break the Subject header.
    const subject = mail.parts.subject(variables, { data: { language } }).replace(/\s+/g, ' ').trim();
    const data = { language, subject };
    return {
      subject,
      html: mail.parts.html(variables, { data }).trim() + '\n',
      text: tidyText(mail.parts.text(variables, { data })),
    };
  }

  private compileLanguage(root: string, language: Language, shared: Map<string, string>): void {
    const folder = join(root, language);
    if (!existsSync(folder)) throw new Error(`Mail template folder missing: ${language}/ in ${root}`);
    const env = Handlebars.create();
    registerHelpers(env);
    const own = partialFiles(join(folder, 'partials'));
    for (const name of own.keys()) {
      if (shared.has(name)) throw new Error(`Mail partial ${language}/partials/${name}.hbs hides a shared one`);
    }
    for (const [name, file] of [...shared, ...own]) {
      env.registerPartial(name, compileFile(env, root, file, name.endsWith('-text')).render);
    }

    const expected = new Set<string>();
    for (const name of MAIL_TEMPLATES) {
      const parts = {} as Record<Part, Render>;
      const variables = new Set<string>();
      for (const part of PARTS) {
        const file = join(folder, `${name}.${part}.hbs`);
        expected.add(file);
        if (!existsSync(file)) throw new Error(`Mail template file missing: ${relative(root, file)} in ${root}`);
        // Subjects and plain text are not HTML: escaping there would show "&amp;" to the reader.
        const compiled = compileFile(env, root, file, part !== 'html');
        parts[part] = compiled.render;
        compiled.variables.forEach((variable) => variables.add(variable));
      }
      this.mails.set(`${language}/${name}`, { parts, variables });
    }
    const stray = readdirSync(folder)
      .filter((entry) => entry.endsWith('.hbs'))
      .map((entry) => join(folder, entry))
      .filter((file) => !expected.has(file));
    if (stray.length > 0) {
      throw new Error(`Mail template files of no known mail: ${stray.map((file) => relative(root, file)).join(', ')}`);
    }
  }
}

function partialFiles(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(folder)) return files;
  for (const entry of readdirSync(folder).sort()) {
    if (entry.endsWith('.hbs')) files.set(basename(entry, '.hbs'), join(folder, entry));
  }
  return files;
}

function compileFile(env: typeof Handlebars, root: string, file: string, plain: boolean) {
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(readFileSync(file, 'utf8'), { srcName: relative(root, file) });
  } catch (error) {
    throw new Error(`Mail template ${relative(root, file)} does not parse: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const render: Render = env.compile(ast, { strict: true, noEscape: plain });
  return { render, variables: variablesOf(ast, new Set(Object.keys(env.helpers))) };
}

function registerHelpers(env: typeof Handlebars): void {
  // A person's own words (a recruiter's message or note) as HTML paragraphs: escaped first, then
  // blank lines become paragraphs and single line breaks <br>.
  env.registerHelper('paragraphs', (value: unknown) => {
    if (value === null || value === undefined) return '';
    const html = String(value)
      .replace(/\r\n?/g, '\n')
      .trim()
      .split(/\n\s*\n/)
      .map((block) => Handlebars.escapeExpression(block.trim()).replace(/\n/g, '<br>\n'))
      .map((block) => `<p style="${PARAGRAPH_STYLE}">${block}</p>`)
      .join('\n');
    return new Handlebars.SafeString(html);
  });
  // {{plural count "applicant" "applicants"}}; Estonian's partitive after numbers fits the same two forms.
  env.registerHelper('plural', (count: unknown, one: unknown, other: unknown) =>
    Number(count) === 1 ? String(one) : String(other),
  );
}

/** Blank lines left where optional blocks fell away are collapsed; the text ends with one newline. */
function tidyText(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

type Call = { path: hbs.AST.PathExpression | hbs.AST.Literal; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash };

/** The top-level names a template reads, wherever they stand: mustaches, block and helper arguments, hashes. */
function variablesOf(program: hbs.AST.Program, helpers: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const expression = (node: hbs.AST.Expression): void => {
    if (node.type === 'PathExpression') {
      const path = node as hbs.AST.PathExpression;
      if (!path.data && path.depth === 0 && path.parts.length > 0) found.add(path.parts[0]);
    } else if (node.type === 'SubExpression') {
      call(node as hbs.AST.SubExpression);
    }
  };
  const call = (node: Call): void => {
    const callsHelper =
      node.params.length > 0 ||
      (node.hash?.pairs.length ?? 0) > 0 ||
      (node.path.type === 'PathExpression' && helpers.has((node.path as hbs.AST.PathExpression).original));
    if (!callsHelper) expression(node.path);
    node.params.forEach(expression);
    node.hash?.pairs.forEach((pair) => expression(pair.value));
  };
  const statements = (body: hbs.AST.Statement[] | undefined): void => {
    for (const node of body ?? []) {
      if (node.type === 'MustacheStatement') call(node as hbs.AST.MustacheStatement);
      if (node.type === 'BlockStatement') {
        const block = node as hbs.AST.BlockStatement;
        call(block);
        // Inside each/with the names belong to another object than the mail's variables.
        if (!['each', 'with'].includes(block.path.original)) statements(block.program?.body);
        statements(block.inverse?.body);
      }
      if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
        const partial = node as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement;
        partial.params.forEach(expression);
        partial.hash?.pairs.forEach((pair) => expression(pair.value));
        if ('program' in partial) statements(partial.program?.body);
      }
    }
  };
  statements(program.body);
  return found;
}
