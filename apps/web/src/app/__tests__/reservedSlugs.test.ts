import { isReservedFactsheetSlug, isReservedKnowledgeSlug } from '@monitor/domain';
import type { RouteObject } from 'react-router';
import { routes } from '../router';

/** Every route path of the app, written out in full (without the leading slash). */
function paths(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const own = route.path === undefined ? parent : [parent, route.path.replace(/^\//, '')].filter(Boolean).join('/');
    return [...(route.path === undefined ? [] : [own]), ...paths(route.children ?? [], own)];
  });
}

/** The fixed words the app's own pages use where an address of the given kind stands (`<prefix>/:slug`). */
function fixedWordsAfter(prefix: string): string[] {
  return paths(routes)
    .filter((path) => path.startsWith(`${prefix}/`))
    .map((path) => path.slice(prefix.length + 1).split('/')[0])
    .filter((word) => !word.startsWith(':'));
}

describe('addresses the pages use themselves', () => {
  it('are refused as knowledge article addresses (/kennisbank/:slug)', () => {
    const words = fixedWordsAfter('kennisbank');
    expect(words).toContain('nieuw');
    for (const word of words) expect([word, isReservedKnowledgeSlug(word)]).toEqual([word, true]);
  });

  it('are refused as factsheet addresses (/factsheets/:slug and /factsheets/beheer/:slug)', () => {
    const words = [...fixedWordsAfter('factsheets'), ...fixedWordsAfter('factsheets/beheer')];
    expect(words).toEqual(expect.arrayContaining(['beheer', 'nieuw']));
    for (const word of words) expect([word, isReservedFactsheetSlug(word)]).toEqual([word, true]);
  });
});
