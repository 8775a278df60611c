import type { Role } from '../access/roles';

/**
 * Forum: municipal policy officers and NJi staff ask each other questions and exchange practice.
 * Categories follow the themes of the indicators (plus background); the seed in migration
 * 1769000000000 creates one per theme.
 */
export const FORUM_CATEGORY_SLUGS = [
  'preventie',
  'eerder-en-beter-in-beeld',
  'stoppen-en-duurzaam-oplossen',
  'specifieke-groepen',
  'regie-en-sturing',
  'achtergrond-en-cijfers',
] as const;

/** Who moderates (reports, hiding, locking): NJi administrators and knowledge editors. */
export const FORUM_MODERATORS: readonly Role[] = ['ADMIN', 'KNOWLEDGE_EDITOR'];

export const FORUM_TITLE_MIN = 8;
export const FORUM_TITLE_MAX = 200;
export const FORUM_BODY_MIN = 2;
export const FORUM_BODY_MAX = 20_000;
export const FORUM_REASON_MAX = 500;
/** Most people one post can notify by mention: a post is not a mailing list. */
export const FORUM_MAX_MENTIONS = 10;

export function isForumModerator(role: Role): boolean {
  return FORUM_MODERATORS.includes(role);
}

/** A Dutch problem with a question title, or null. */
export function forumTitleProblem(title: string): string | null {
  const length = title.trim().length;
  if (length < FORUM_TITLE_MIN) return `een vraag heeft een titel van minstens ${FORUM_TITLE_MIN} tekens`;
  if (length > FORUM_TITLE_MAX) return `de titel mag hoogstens ${FORUM_TITLE_MAX} tekens hebben`;
  return null;
}

/** A Dutch problem with the text of a question or answer, or null. */
export function forumBodyProblem(body: string): string | null {
  const length = body.trim().length;
  if (length < FORUM_BODY_MIN) return 'de tekst is leeg of te kort';
  if (length > FORUM_BODY_MAX) return `de tekst mag hoogstens ${FORUM_BODY_MAX} tekens hebben`;
  return null;
}

/**
 * The people a text mentions, lower-cased: `@jan.jansen` (the local part of an e-mail address, or a
 * name written without spaces) and `@"Jan Jansen"` (a display name with spaces). Text in code
 * (backticks) and e-mail addresses (letters right before the @) are not mentions. At most
 * FORUM_MAX_MENTIONS, in order of first appearance.
 */
export function mentionHandles(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const pattern = /(^|[^\p{L}\p{N}._%+-])@(?:"([^"\n]{2,100})"|([\p{L}\p{N}][\p{L}\p{N}._-]{0,63}))/gu;
  const handles: string[] = [];
  for (const match of withoutCode.matchAll(pattern)) {
    const handle = (match[2] ?? match[3].replace(/[._-]+$/, '')).trim().toLowerCase().replace(/\s+/g, ' ');
    if (handle && !handles.includes(handle)) handles.push(handle);
    if (handles.length === FORUM_MAX_MENTIONS) break;
  }
  return handles;
}
