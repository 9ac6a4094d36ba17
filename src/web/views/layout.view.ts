import type { Language } from '../../users/entities/user.entity';
import type { PageContext } from '../page-context';
import { startPagesOf } from '../start/start-pages';

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

export function layoutView(
  page: PageContext,
  titleKey: string,
  assets: AssetUrls,
  pageShortcuts: Shortcut[] = [],
): LayoutModel {
  const path = page.path.split('?')[0];
  const links: Omit<NavLink, 'current'>[] = page.user
    ? [
        ...startPagesOf(page.user.roles).map(({ path: href, labelKey }) => ({ href, labelKey })),
        { href: '/settings', labelKey: 'nav.settings', shortcut: 'g s' },
      ]
    : [];
  return {
    lang: page.language,
    titleKey,
    csrfToken: page.csrfToken,
    htmxConfig: JSON.stringify(HTMX_CONFIG),
    assets,
    userName: page.user?.name,
    nav: links.map((link) => ({ ...link, current: link.href === path })),
    shortcuts: page.user ? [...COMMON_SHORTCUTS, ...pageShortcuts] : [COMMON_SHORTCUTS[0]],
  };
}
