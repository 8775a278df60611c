import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import {
  ProposeSharingAgreementDocument,
  RespondToSharingAgreementDocument,
  SharingAgreementsDocument,
  SharingCandidatesDocument,
  WithdrawFromSharingAgreementDocument,
  type AgreementCard_AgreementFragment,
} from '../../../gql/__generated__/graphql';
import AgreementsPage from '../AgreementsPage';

const amstelveen = sessionUser({
  id: '9',
  name: 'Demo-invuller Amstelveen',
  role: 'MUNICIPAL_EDITOR',
  municipality: { __typename: 'Municipality', code: 'GM0362', name: 'Amstelveen' },
});

type Member = AgreementCard_AgreementFragment['members'][number];
const member = (code: string, name: string, state: string, respondedAt: string | null = null): Member => ({
  __typename: 'SharingAgreementMember',
  municipalityCode: code,
  municipalityName: name,
  state,
  respondedAt,
});

function agreement(overrides: Partial<AgreementCard_AgreementFragment> = {}): AgreementCard_AgreementFragment {
  return {
    __typename: 'SharingAgreement',
    id: '4',
    title: 'Uitwisseling Amstelland',
    scope: 'VEILIG_THUIS_REGION',
    regionCode: 'VT01',
    regionName: 'Amsterdam-Amstelland',
    status: 'PROPOSED',
    createdAt: '2026-11-19T10:00:00.000Z',
    activatedAt: null,
    endedAt: null,
    members: [member('GM0362', 'Amstelveen', 'INVITED'), member('GM0363', 'Amsterdam', 'ACCEPTED', '2026-11-19T10:00:00.000Z')],
    ...overrides,
  };
}

const listMock = (agreements: AgreementCard_AgreementFragment[]) => ({
  request: { query: SharingAgreementsDocument },
  result: { data: { sharingAgreements: agreements } },
});

const region = (code: string, type: string, name: string, municipalities: Array<[string, string]>) => ({
  __typename: 'Region',
  code,
  type,
  name,
  municipalities: municipalities.map(([c, n]) => ({ __typename: 'Municipality', code: c, name: n })),
});

const candidatesMock = {
  request: { query: SharingCandidatesDocument, variables: { code: 'GM0362' } },
  result: {
    data: {
      municipality: {
        __typename: 'Municipality',
        code: 'GM0362',
        name: 'Amstelveen',
        regions: [
          region('PV27', 'PROVINCE', 'Noord-Holland', [['GM0363', 'Amsterdam']]),
          region('VT01', 'VEILIG_THUIS_REGION', 'Amsterdam-Amstelland', [
            ['GM0358', 'Aalsmeer'],
            ['GM0362', 'Amstelveen'],
            ['GM0363', 'Amsterdam'],
            ['GM0384', 'Diemen'],
          ]),
          region('VR13', 'SAFETY_REGION', 'Amsterdam-Amstelland', [
            ['GM0362', 'Amstelveen'],
            ['GM0363', 'Amsterdam'],
          ]),
        ],
      },
    },
  },
};

function renderPage(mocks: object[], me = amstelveen) {
  return renderRoute(<AgreementsPage />, { path: '/afspraken', mocks: [sessionMock(me), ...mocks] as never });
}

describe('AgreementsPage', () => {
  it('explains sharing, lists agreements with their members and links the proposal form’s errors to the fields', async () => {
    const user = userEvent.setup();
    const { container } = renderPage([listMock([agreement()]), candidatesMock]);
    await screen.findByRole('heading', { level: 1, name: 'Afspraken over delen' });
    expect(screen.getByRole('heading', { level: 2, name: 'Wat betekent delen?' })).toBeTruthy();
    expect(screen.getByText(/Elke deelnemer kan zich op elk moment terugtrekken/)).toBeTruthy();

    const card = await screen.findByRole('article', { name: 'Uitwisseling Amstelland' });
    expect(card.textContent).toContain('Voorgesteld');
    const members = within(card).getByRole('table', { name: 'Deelnemers aan “Uitwisseling Amstelland”' });
    expect(
      within(members)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Amstelveen (uw gemeente)Uitgenodigd—', 'AmsterdamGeaccepteerd19 november 2026']);

    // Submitting the empty form: a summary whose items link to (and focus) their fields.
    await screen.findByRole('heading', { level: 2, name: 'Nieuwe afspraak voorstellen' });
    await user.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    const summary = await screen.findByRole('heading', { name: 'Er is iets niet goed ingevuld' });
    const summaryBox = summary.closest('.monitor-error-summary') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summaryBox));
    const links = within(summaryBox).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Kies binnen welke regio u wilt delen.', '#afspraak-regio-VEILIG_THUIS_REGION'],
      ['Vul een titel in.', '#afspraak-titel'],
    ]);
    await user.click(links[1]);
    expect(document.activeElement).toBe(screen.getByLabelText('Titel van de afspraak'));
    expect(screen.getByLabelText('Titel van de afspraak').getAttribute('aria-describedby')).toContain('afspraak-titel-fout');
    expect(screen.getByLabelText('Titel van de afspraak').getAttribute('aria-invalid')).toBe('true');

    // With a region chosen, its other municipalities appear; inviting none is an error too.
    await user.click(screen.getByRole('radio', { name: 'Veilig Thuis-regio Amsterdam-Amstelland' }));
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Aalsmeer', 'Amsterdam', 'Diemen']);
    await user.type(screen.getByLabelText('Titel van de afspraak'), 'Samen leren');
    await user.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('heading', { name: 'Er is iets niet goed ingevuld' }).closest('.monitor-error-summary') as HTMLElement)
          .getAllByRole('link')
          .map((l) => [l.textContent, l.getAttribute('href')]),
      ).toEqual([['Kies minstens één gemeente om uit te nodigen.', '#afspraak-gemeente-GM0358']]),
    );

    expect(await axe(container)).toHaveNoViolations();
  });

  it('proposes an agreement to the chosen municipalities', async () => {
    const user = userEvent.setup();
    const proposed = agreement({
      id: '7',
      title: 'Samen leren',
      members: [member('GM0362', 'Amstelveen', 'ACCEPTED', '2026-11-21T10:00:00.000Z'), member('GM0384', 'Diemen', 'INVITED')],
    });
    const propose = jest.fn(() => ({ data: { proposeSharingAgreement: proposed } }));
    renderPage([
      listMock([]),
      candidatesMock,
      {
        request: {
          query: ProposeSharingAgreementDocument,
          variables: { input: { scope: 'VEILIG_THUIS_REGION', title: 'Samen leren', municipalityCodes: ['GM0384'] } },
        },
        result: propose,
      },
    ]);
    await screen.findByText('Er zijn nog geen afspraken.');
    await user.click(await screen.findByRole('radio', { name: 'Veilig Thuis-regio Amsterdam-Amstelland' }));
    await user.type(screen.getByLabelText('Titel van de afspraak'), 'Samen leren');
    await user.click(screen.getByRole('checkbox', { name: 'Diemen' }));
    await user.click(screen.getByRole('button', { name: 'Voorstel versturen' }));
    expect(await screen.findByText('Het voorstel “Samen leren” is verstuurd.')).toBeTruthy();
    expect(propose).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('article', { name: 'Samen leren' })).toBeTruthy();
  });

  it('accepts an invitation with the respond mutation', async () => {
    const user = userEvent.setup();
    const respond = jest.fn(() => ({
      data: {
        respondToSharingAgreement: agreement({
          status: 'ACTIVE',
          activatedAt: '2026-11-21T10:00:00.000Z',
          members: [
            member('GM0362', 'Amstelveen', 'ACCEPTED', '2026-11-21T10:00:00.000Z'),
            member('GM0363', 'Amsterdam', 'ACCEPTED', '2026-11-19T10:00:00.000Z'),
          ],
        }),
      },
    }));
    renderPage([
      listMock([agreement()]),
      candidatesMock,
      { request: { query: RespondToSharingAgreementDocument, variables: { id: '4', accept: true } }, result: respond },
    ]);
    const card = await screen.findByRole('article', { name: 'Uitwisseling Amstelland' });
    expect(within(card).getByText('Uw gemeente is uitgenodigd voor deze afspraak.')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Accepteren' }));
    const notice = await screen.findByText('U heeft “Uitwisseling Amstelland” geaccepteerd.');
    expect(respond).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(card.textContent).toContain('Actief'));
    expect(within(card).queryByRole('button', { name: 'Accepteren' })).toBeNull();
    expect(notice.closest('[tabindex="-1"]')).toBe(document.activeElement);
  });

  it('withdraws only after a confirmation, with the withdraw mutation', async () => {
    const user = userEvent.setup();
    const active = agreement({
      status: 'ACTIVE',
      activatedAt: '2026-11-21T10:00:00.000Z',
      members: [
        member('GM0362', 'Amstelveen', 'ACCEPTED', '2026-11-21T10:00:00.000Z'),
        member('GM0363', 'Amsterdam', 'ACCEPTED', '2026-11-19T10:00:00.000Z'),
      ],
    });
    const withdraw = jest.fn(() => ({
      data: {
        withdrawFromSharingAgreement: {
          ...active,
          status: 'ENDED',
          endedAt: '2026-11-22T10:00:00.000Z',
          members: [member('GM0362', 'Amstelveen', 'WITHDRAWN', '2026-11-22T10:00:00.000Z'), active.members[1]],
        },
      },
    }));
    renderPage([
      listMock([active]),
      candidatesMock,
      { request: { query: WithdrawFromSharingAgreementDocument, variables: { id: '4' } }, result: withdraw },
    ]);
    const card = await screen.findByRole('article', { name: 'Uitwisseling Amstelland' });
    await user.click(within(card).getByRole('button', { name: 'Terugtrekken' }));
    const confirm = within(card).getByRole('group', { name: /Weet u zeker dat u uw gemeente terugtrekt/ });
    expect(document.activeElement).toBe(confirm);

    // "Annuleren" keeps the agreement and returns focus to the button.
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Terugtrekken' })));
    expect(withdraw).not.toHaveBeenCalled();

    await user.click(within(card).getByRole('button', { name: 'Terugtrekken' }));
    await user.click(within(card).getByRole('button', { name: 'Ja, terugtrekken' }));
    expect(await screen.findByText('Uw gemeente is teruggetrokken uit “Uitwisseling Amstelland”.')).toBeTruthy();
    expect(withdraw).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(card.textContent).toContain('Beëindigd'));
    expect(card.textContent).toContain('Teruggetrokken');
  });

  it('shows viewers the agreements without any buttons', async () => {
    const viewer = sessionUser({ role: 'MUNICIPAL_VIEWER', municipality: { __typename: 'Municipality', code: 'GM0362', name: 'Amstelveen' } });
    renderPage([listMock([agreement()])], viewer);
    const card = await screen.findByRole('article', { name: 'Uitwisseling Amstelland' });
    expect(within(card).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Nieuwe afspraak voorstellen' })).toBeNull();
    expect(screen.getByText(/Alleen invullers van uw gemeente kunnen afspraken voorstellen/)).toBeTruthy();
  });
});
