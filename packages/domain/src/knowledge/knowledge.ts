import type { Role } from '../access/roles';

/**
 * Knowledge base: short articles behind the themes and indicators of the questionnaire. The themes
 * are those of the indicators, plus one for background (definitions, figures, research).
 */
export const KNOWLEDGE_THEMES = [
  'Preventie',
  'Eerder en beter in beeld',
  'Stoppen en duurzaam oplossen',
  'Specifieke groepen',
  'Regie en sturing',
  'Achtergrond en cijfers',
] as const;
export type KnowledgeTheme = (typeof KNOWLEDGE_THEMES)[number];

/** Who may write articles: NJi/Movisie knowledge editors, and administrators. */
export const KNOWLEDGE_WRITERS: readonly Role[] = ['KNOWLEDGE_EDITOR', 'ADMIN'];

export function isKnowledgeTheme(value: string): value is KnowledgeTheme {
  return (KNOWLEDGE_THEMES as readonly string[]).includes(value);
}

/** Lower-case words of letters and digits joined by single hyphens, 3 to 80 characters. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

export function isKnowledgeSlug(value: string): boolean {
  return value.length >= 3 && value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

/**
 * Addresses below /kennisbank/ that the knowledge pages use themselves: an article with such an
 * address could never be reached, because /kennisbank/nieuw is the form for a new article.
 */
export const RESERVED_KNOWLEDGE_SLUGS: readonly string[] = ['nieuw'];

/** Whether `slug` is an address the knowledge pages use themselves, so no article may have it. */
export function isReservedKnowledgeSlug(slug: string): boolean {
  return RESERVED_KNOWLEDGE_SLUGS.includes(slug);
}

/** A slug proposed from a title: "Meldcode & afwegingskader" → "meldcode-afwegingskader". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/** A source behind an article. The URL is optional: only given when it is certain. */
export interface KnowledgeSource {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
}
