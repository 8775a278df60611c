import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { HomeForumActivityDocument, HomeForumReportsDocument } from '../../../gql/__generated__/graphql';
import { renderRoute } from '../../../../test/render';
import { NationalForumSection } from '../NationalForumSection';

const thread = (id: number, title: string, answerCount: number, createdAt: string, lastActivityAt = createdAt, hidden = false) => ({
  __typename: 'ForumThreadSummary',
  id,
  title,
  categoryName: 'Meldcode',
  createdAt,
  lastActivityAt,
  answerCount,
  hidden,
});

const activity = {
  request: { query: HomeForumActivityDocument },
  result: {
    data: {
      forumThreads: [
        thread(3, 'Nazorg na een melding', 2, '2026-11-20T09:00:00.000Z', '2026-11-30T09:15:00.000Z'),
        thread(5, 'Wie heeft een goed voorbeeld van een wijkaanpak?', 0, '2026-11-29T10:00:00.000Z'),
        thread(6, 'Verborgen vraag zonder antwoord', 0, '2026-11-29T11:00:00.000Z', '2026-11-29T11:00:00.000Z', true),
      ],
    },
  },
};

const reports = {
  request: { query: HomeForumReportsDocument },
  result: {
    data: {
      forumReports: [
        {
          __typename: 'ForumReport',
          id: 1,
          postId: 12,
          threadId: 3,
          threadTitle: 'Nazorg na een melding',
          reason: 'Persoonsgegevens van een cliënt',
          createdAt: '2026-12-01T08:00:00.000Z',
        },
      ],
    },
  },
};

describe('NationalForumSection', () => {
  it('shows new questions without an answer and recent answers, never a hidden thread; analysts see no reports', async () => {
    const { container } = renderRoute(<NationalForumSection role="ANALYST" />, { mocks: [activity] });
    const section = screen.getByRole('region', { name: 'Forum: wat speelt er' });
    const unanswered = await within(section).findByRole('link', { name: 'Wie heeft een goed voorbeeld van een wijkaanpak?' });
    expect(unanswered.getAttribute('href')).toBe('/forum/vraag/5');
    expect(within(section).getByRole('link', { name: 'Nazorg na een melding' }).getAttribute('href')).toBe('/forum/vraag/3');
    expect(section.textContent).toContain('2 antwoorden · laatste op 30 november 2026 om 10:15');
    expect(within(section).queryByText('Verborgen vraag zonder antwoord')).toBeNull();
    expect(within(section).queryByRole('heading', { name: 'Meldingen die wachten op moderatie' })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows administrators (moderators) the reports waiting for moderation', async () => {
    const { container } = renderRoute(<NationalForumSection role="ADMIN" />, { mocks: [activity, reports] });
    await screen.findByRole('heading', { name: 'Meldingen die wachten op moderatie' });
    // The heading is there before the reports arrive: wait for the report itself, then read its link.
    expect(await screen.findByText(/“Persoonsgegevens van een cliënt” · gemeld op 1 december 2026/)).toBeTruthy();
    const moderation = screen.getAllByRole('link', { name: 'Nazorg na een melding' });
    expect(moderation.map((a) => a.getAttribute('href'))).toContain('/forum/vraag/3#bericht-12');
    expect(screen.getByRole('link', { name: 'Naar de moderatie op het forum' }).getAttribute('href')).toBe('/forum#forum-meldingen-kop');
    expect(await axe(container)).toHaveNoViolations();
  });
});
