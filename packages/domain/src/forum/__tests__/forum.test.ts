import { INDICATORS_2026 } from '../../questionnaire';
import { KNOWLEDGE_THEMES } from '../../knowledge';
import { slugFromTitle } from '../../knowledge';
import { FORUM_CATEGORY_SLUGS, FORUM_MAX_MENTIONS, forumBodyProblem, forumTitleProblem, isForumModerator, mentionHandles } from '../forum';

describe('forum categories', () => {
  it('have one category per indicator theme (and one for background)', () => {
    const slugs = new Set<string>(FORUM_CATEGORY_SLUGS);
    for (const indicator of INDICATORS_2026) expect(slugs.has(slugFromTitle(indicator.theme))).toBe(true);
    expect(FORUM_CATEGORY_SLUGS).toEqual(KNOWLEDGE_THEMES.map(slugFromTitle));
  });
});

describe('mentionHandles', () => {
  it('finds e-mail local parts and quoted display names, lower-cased and once each', () => {
    expect(mentionHandles('Vraag aan @Jan.Jansen en @"Fatima el Amrani", en nog eens @jan.jansen.')).toEqual(['jan.jansen', 'fatima el amrani']);
  });

  it('ignores e-mail addresses, code and a lone @', () => {
    expect(mentionHandles('Mail piet@gemeente.nl, zie `@niet` of ```\n@ookniet\n``` en @ alleen')).toEqual([]);
  });

  it('keeps at most the maximum number of mentions', () => {
    const text = Array.from({ length: 20 }, (_, i) => `@persoon${i}`).join(' ');
    expect(mentionHandles(text)).toHaveLength(FORUM_MAX_MENTIONS);
  });
});

describe('validation', () => {
  it('asks for a real title and text', () => {
    expect(forumTitleProblem('Kort')).toMatch(/minstens/);
    expect(forumTitleProblem('Hoe organiseren jullie de nazorg?')).toBeNull();
    expect(forumTitleProblem('x'.repeat(201))).toMatch(/hoogstens/);
    expect(forumBodyProblem('  ')).toMatch(/leeg/);
    expect(forumBodyProblem('Bij ons werkt het zo.')).toBeNull();
  });

  it('lets administrators and knowledge editors moderate, nobody else', () => {
    expect(isForumModerator('ADMIN')).toBe(true);
    expect(isForumModerator('KNOWLEDGE_EDITOR')).toBe(true);
    expect(isForumModerator('ANALYST')).toBe(false);
    expect(isForumModerator('MUNICIPAL_EDITOR')).toBe(false);
  });
});
