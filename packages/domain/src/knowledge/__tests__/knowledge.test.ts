import { INDICATORS_2026 } from '../../questionnaire';
import { isKnowledgeSlug, isKnowledgeTheme, isReservedKnowledgeSlug, KNOWLEDGE_THEMES, slugFromTitle } from '../knowledge';

describe('knowledge slugs', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(isKnowledgeSlug('meldcode-en-afwegingskaders')).toBe(true);
    expect(isKnowledgeSlug('npm-2017')).toBe(true);
  });

  it('refuses capitals, spaces, double or outer hyphens and very short or long slugs', () => {
    for (const slug of ['Meldcode', 'meld code', 'meld--code', '-meldcode', 'meldcode-', 'ab', 'a'.repeat(81), '../etc']) {
      expect(isKnowledgeSlug(slug)).toBe(false);
    }
  });

  it('reserves the route of the new-article form (/kennisbank/nieuw), and only addresses the pages use', () => {
    expect(isKnowledgeSlug('nieuw')).toBe(true); // the form is fine: it is reserved, not malformed
    expect(isReservedKnowledgeSlug('nieuw')).toBe(true);
    expect(isReservedKnowledgeSlug('nieuw-beleid')).toBe(false);
    expect(isReservedKnowledgeSlug('meldcode-en-afwegingskaders')).toBe(false);
  });

  it('proposes a valid slug from a Dutch title, without diacritics', () => {
    expect(slugFromTitle('Meldcode & afwegingskaders (2019)')).toBe('meldcode-afwegingskaders-2019');
    expect(slugFromTitle('Geëscaleerde zorg: één aanpak')).toBe('geescaleerde-zorg-een-aanpak');
    expect(isKnowledgeSlug(slugFromTitle('Geëscaleerde zorg: één aanpak'))).toBe(true);
  });
});

describe('knowledge themes', () => {
  it('include every indicator theme, so every indicator has a theme to file articles under', () => {
    for (const indicator of INDICATORS_2026) expect(isKnowledgeTheme(indicator.theme)).toBe(true);
    expect(KNOWLEDGE_THEMES).toContain('Achtergrond en cijfers');
    expect(isKnowledgeTheme('Onbekend thema')).toBe(false);
  });
});
