import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { HomeForumNewAnswersDocument } from '../../../gql/__generated__/graphql';
import { renderRoute } from '../../../../test/render';
import { ForumNewAnswersSection } from '../ForumNewAnswersSection';

function answersMock(forumNewAnswers: object[]) {
  return { request: { query: HomeForumNewAnswersDocument }, result: { data: { forumNewAnswers } } };
}

describe('ForumNewAnswersSection', () => {
  it('links each new answer in a followed thread to its place in the thread', async () => {
    const { container } = renderRoute(<ForumNewAnswersSection />, {
      mocks: [
        answersMock([
          {
            __typename: 'ForumAnswerSummary',
            postId: 12,
            threadId: 3,
            threadTitle: 'Nazorg na een melding',
            authorName: 'Bert Utrecht',
            createdAt: '2026-11-30T09:15:00.000Z',
          },
        ]),
      ],
    });
    const section = screen.getByRole('region', { name: 'Nieuwe antwoorden' });
    const link = await within(section).findByRole('link', { name: 'Nazorg na een melding' });
    expect(link.getAttribute('href')).toBe('/forum/vraag/3#bericht-12');
    expect(section.textContent).toContain('Bert Utrecht · 30 november 2026 om 10:15');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so when there is nothing new, and still links to the forum', async () => {
    renderRoute(<ForumNewAnswersSection />, { mocks: [answersMock([])] });
    expect(await screen.findByText('Geen nieuwe antwoorden op vragen die u volgt (laatste 30 dagen).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar het forum' }).getAttribute('href')).toBe('/forum');
  });
});
