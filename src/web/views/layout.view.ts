import type { Language } from '../../users/entities/user.entity';
import type { PageContext } from '../page-context';
import { Role, SCREENING_READERS, SCREENING_WRITERS } from '../../common/auth/role';
import { START_PAGES, startPagesOf } from '../start/start-pages';

export interface AssetUrls {
  css: string;
  htmx: string;
  /** Our own scripts, public/js joined into one. */
  js: string;
  icon: string;
}

export interface Shortcut {
  /** Keys pressed one after the other, space separated: "g h". */
  keys: string;
  labelKey: string;
}

export interface NavLink {
  href: string;
  labelKey: string;
  current: boolean;
  /** Keys that follow the link (see public/js/shortcuts.js). */
  shortcut?: string;
}

export interface LayoutModel {
  lang: Language;
  titleKey: string;
  csrfToken: string;
  htmxConfig: string;
  assets: AssetUrls;
  userName?: string;
  nav: NavLink[];
  shortcuts: Shortcut[];
}

/**
 * htmx without eval (no hx-on, no trigger filters), without the <style> it
 * would inject (the indicator styles are in our stylesheet), without running
 * scripts it swaps in, and talking only to Sift.
 */
export const HTMX_CONFIG = {
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  selfRequestsOnly: true,
  historyCacheSize: 0,
};

/** Shortcuts on every page; a page adds its own after them. */
export const COMMON_SHORTCUTS: Shortcut[] = [
  { keys: '?', labelKey: 'shortcuts.help' },
  { keys: 'g h', labelKey: 'shortcuts.home' },
  { keys: 'g s', labelKey: 'shortcuts.settings' },
];

const RECRUITER_START = START_PAGES.find((start) => start.role === Role.Recruiter)!;

/**
 * The recruiter's own sections, after their start page. A section's link is
 * current on every page under it (the board is under the vacancies).
 */
export const RECRUITER_SECTIONS: Omit<NavLink, 'current'>[] = [
  { href: '/recruiter/vacancies', labelKey: 'nav.vacancies', shortcut: 'g v' },
  { href: '/recruiter/intake', labelKey: 'nav.intake', shortcut: 'g i' },
  { href: '/recruiter/search', labelKey: 'nav.search', shortcut: '/' },
];

const ADMIN_START = START_PAGES.find((start) => start.role === Role.Admin)!;

/** The admin's own sections, after their start page (the users). */
export const ADMIN_SECTIONS: Omit<NavLink, 'current'>[] = [
  { href: '/admin/jobs', labelKey: 'nav.admin.jobs' },
  { href: '/admin/mails', labelKey: 'nav.admin.mails' },
  { href: '/admin/settings', labelKey: 'nav.admin.settings' },
  { href: '/admin/audit', labelKey: 'nav.admin.audit' },
  { href: '/admin/privacy', labelKey: 'nav.admin.privacy' },
];

/** The reports, for whoever reads vacancies' figures: current on every page under it. */
export const REPORTS_SECTION: Omit<NavLink, 'current'> = { href: '/reports', labelKey: 'nav.reports' };

/** The fairness report: a compliance officer's start page, and an admin's beside the other reports. */
export const FAIRNESS_SECTION: Omit<NavLink, 'current'> = { href: '/reports/fairness', labelKey: 'nav.fairness' };

export function layoutView(
  page: PageContext,
  titleKey: string,
  assets: AssetUrls,
  pageShortcuts: Shortcut[] = [],
): LayoutModel {
  const path = page.path.split('?')[0];
  const links: Omit<NavLink, 'current'>[] = page.user
    ? [...startLinks(page.user.roles), { href: '/settings', labelKey: 'nav.settings', shortcut: 'g s' }]
    : [];
  return {
    lang: page.language,
    titleKey,
    csrfToken: page.csrfToken,
    htmxConfig: JSON.stringify(HTMX_CONFIG),
    assets,
    userName: page.user?.name,
    nav: links.map((link) => ({ ...link, current: isCurrent(link.href, path) })),
    shortcuts: page.user ? [...COMMON_SHORTCUTS, ...pageShortcuts] : [COMMON_SHORTCUTS[0]],
  };
}

/**
 * The start pages of the user's roles; whoever may do a recruiter's work (an
 * admin too) has the recruiter's pages first, with their sections.
 */
function startLinks(roles: Role[]): Omit<NavLink, 'current'>[] {
  const recruiting = SCREENING_WRITERS.some((role) => roles.includes(role));
  const others = startPagesOf(roles).filter((start) => start.role !== Role.Recruiter);
  const links = [
    ...(recruiting ? [{ href: RECRUITER_START.path, labelKey: RECRUITER_START.labelKey }, ...RECRUITER_SECTIONS] : []),
    ...others.flatMap(({ path: href, labelKey }) => [
      { href, labelKey },
      ...(href === ADMIN_START.path ? ADMIN_SECTIONS : []),
    ]),
  ];
  if (!SCREENING_READERS.some((role) => roles.includes(role))) return links;
  // After the daily work, before administration; an admin reads the fairness report there too.
  const admin = links.findIndex((link) => link.href === ADMIN_START.path);
  const fairness = roles.includes(Role.Admin) && !roles.includes(Role.Compliance) ? [FAIRNESS_SECTION] : [];
  links.splice(admin < 0 ? links.length : admin, 0, REPORTS_SECTION, ...fairness);
  return links;
}

/** Pages that belong to a section without being under its path. */
const SECTION_PAGES: Record<string, string[]> = {
  '/recruiter/vacancies': ['/recruiter/mails'],
  '/recruiter/intake': ['/recruiter/import'],
};

function isCurrent(href: string, path: string): boolean {
  if (path === href) return true;
  // The fairness report has a link of its own.
  if (href === REPORTS_SECTION.href && path.startsWith(FAIRNESS_SECTION.href)) return false;
  if (![...RECRUITER_SECTIONS, ...ADMIN_SECTIONS, REPORTS_SECTION].some((link) => link.href === href)) return false;
  return [href, ...(SECTION_PAGES[href] ?? [])].some((root) => path === root || path.startsWith(`${root}/`));
}
