import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { graphqlError, sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { createCache } from '../../../app/apollo-client';
import {
  AdminQuestionnairesDocument,
  CloneQuestionnaireDocument,
  type QuestionnaireListRow_QuestionnaireFragment,
  type QuestionnaireStatus,
} from '../../../gql/__generated__/graphql';
import AdminLayout from '../AdminLayout';
import QuestionnairesPage from '../QuestionnairesPage';

const admin = sessionUser({ id: '1', name: 'Bea Beheerder', email: 'beheer@nji.nl', role: 'ADMIN', municipality: null });

const version = (year: number, status: QuestionnaireStatus, isDemo = false): QuestionnaireListRow_QuestionnaireFragment => ({
  __typename: 'Questionnaire',
  year,
  title: `Monitor Aanpak Kindermishandeling en Huiselijk Geweld ${year}`,
  status,
  opensOn: `${year}-01-01`,
  closesOn: `${year}-12-31`,
  isDemo,
  sections: [
    { __typename: 'QuestionnaireSection', key: 'preventie' },
    { __typename: 'QuestionnaireSection', key: 'signalering' },
  ],
});

const listMock = {
  request: { query: AdminQuestionnairesDocument },
  result: {
    data: { questionnaires: [version(2028, 'DRAFT'), version(2027, 'SCHEDULED'), version(2026, 'OPEN'), version(2025, 'CLOSED', true)] },
  },
};

function renderList(mocks: object[]) {
  const router = createMemoryRouter(
    [
      { path: '/beheer', element: <AdminLayout />, children: [{ path: 'vragenlijsten', element: <QuestionnairesPage /> }] },
      { path: '*', element: <p data-testid="navigated">{'navigated'}</p> },
    ],
    { initialEntries: ['/beheer/vragenlijsten'] },
  );
  const utils = render(
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...utils, router };
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);

describe('QuestionnairesPage', () => {
  it('lists every version with its status in Dutch, in the Beheer navigation', async () => {
    const { container } = renderList([sessionMock(admin), listMock]);
    const table = await screen.findByRole('table', { name: 'Versies van de vragenlijst (4)' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vragenlijsten');
    expect(document.title).toBe('Vragenlijsten — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    const nav = screen.getByRole('navigation', { name: 'Beheer' });
    expect(within(nav).getByRole('link', { name: 'Vragenlijsten' }).getAttribute('aria-current')).toBe('page');

    const rows = rowTexts(table);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['2028', 'concept'],
      ['2027', 'gepland'],
      ['2026', 'open'],
      ['2025', 'gesloten'],
    ]);
    expect(rows[2]).toEqual([
      '2026',
      'Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2026',
      'open',
      '1 januari 2026 t/m 31 december 2026',
      '2',
      'Bekijken',
    ]);
    expect(rows[3][1]).toContain('demo');

    // Drafts can be edited; opened versions only viewed.
    expect(within(table).getByRole('link', { name: 'Vragenlijst 2028 bewerken' }).getAttribute('href')).toBe('/beheer/vragenlijsten/2028');
    expect(within(table).getByRole('link', { name: 'Vragenlijst 2026 bekijken' }).getAttribute('href')).toBe('/beheer/vragenlijsten/2026');
    expect(within(table).queryByRole('link', { name: 'Vragenlijst 2026 bewerken' })).toBeNull();

    expect(await axe(container)).toHaveNoViolations();
  });

  it('copies a version to a new year (default: the newest year + 1) and lists the new draft', async () => {
    const user = userEvent.setup();
    renderList([
      sessionMock(admin),
      listMock,
      {
        request: { query: CloneQuestionnaireDocument, variables: { fromYear: 2026, toYear: 2029 } },
        result: { data: { cloneQuestionnaire: version(2029, 'DRAFT') } },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Kopiëren naar nieuw jaar' });
    const from = within(section).getByLabelText<HTMLSelectElement>('Kopieer de versie van');
    const to = within(section).getByLabelText<HTMLInputElement>('Naar jaar');
    expect(from.value).toBe('2028');
    expect(to.value).toBe('2029');

    await user.selectOptions(from, '2026');
    await user.click(within(section).getByRole('button', { name: 'Kopiëren naar nieuw jaar' }));

    expect(await within(section).findByText('De vragenlijst van 2026 is gekopieerd naar 2029. De nieuwe versie is een concept.')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Concept 2029 bewerken' }).getAttribute('href')).toBe('/beheer/vragenlijsten/2029');
    const table = screen.getByRole('table', { name: 'Versies van de vragenlijst (5)' });
    expect(rowTexts(table)[0].slice(0, 4)).toEqual([
      '2029',
      'Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2029',
      'concept',
      '1 januari 2029 t/m 31 december 2029',
    ]);
    // The next copy would go to the year after.
    expect(to.value).toBe('2030');
  });

  it('checks the year and shows a CONFLICT from the server as an alert', async () => {
    const user = userEvent.setup();
    renderList([
      sessionMock(admin),
      listMock,
      {
        request: { query: CloneQuestionnaireDocument, variables: { fromYear: 2028, toYear: 2027 } },
        result: graphqlError('Er bestaat al een vragenlijst voor 2027.', { code: 'CONFLICT' }),
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Kopiëren naar nieuw jaar' });
    const to = within(section).getByLabelText('Naar jaar');

    await user.clear(to);
    await user.type(to, '27');
    await user.click(within(section).getByRole('button', { name: 'Kopiëren naar nieuw jaar' }));
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(to.getAttribute('aria-describedby')).toContain('kopie-naar-jaar-fout');
    expect(document.getElementById('kopie-naar-jaar-fout')!.textContent).toBe('Fout: Vul een jaar in tussen 2000 en 2100.');
    expect(within(section).getByRole('link', { name: 'Vul een jaar in tussen 2000 en 2100.' }).getAttribute('href')).toBe('#kopie-naar-jaar');

    await user.clear(to);
    await user.type(to, '2027');
    await user.click(within(section).getByRole('button', { name: 'Kopiëren naar nieuw jaar' }));
    const alert = await within(section).findByRole('alert');
    expect(await within(alert).findByText('Er bestaat al een vragenlijst voor 2027.')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBeNull();
  });
});
