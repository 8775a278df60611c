import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { graphqlError, sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import { createCache } from '../../../app/apollo-client';
import {
  BenchmarkGroupOptionsDocument,
  BenchmarkYearsDocument,
  CreateBenchmarkGroupDocument,
  MunicipalityOptionsDocument,
  SessionDocument,
  type Role,
} from '../../../gql/__generated__/graphql';
import { BenchmarkFilter } from '../BenchmarkFilter';

const analyst = sessionUser({ id: '3', name: 'Anna Analist', email: 'analist@nji.nl', role: 'ANALYST', municipality: null });

const MUNICIPALITIES: Array<[string, string]> = [
  ['GM0363', 'Amsterdam'],
  ['GM0344', 'Utrecht'],
  ['GM0599', 'Rotterdam'],
  ['GM0518', "'s-Gravenhage"],
  ['GM0014', 'Groningen'],
  ['GM0772', 'Eindhoven'],
  ['GM1900', 'Súdwest-Fryslân'],
];

const municipalitiesMock = {
  request: { query: MunicipalityOptionsDocument },
  result: {
    data: {
      municipalities: {
        __typename: 'MunicipalityConnection',
        edges: MUNICIPALITIES.map(([code, name]) => ({ __typename: 'MunicipalityEdge', node: { __typename: 'Municipality', code, name } })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const yearsMock = {
  request: { query: BenchmarkYearsDocument },
  result: { data: { questionnaires: [{ __typename: 'Questionnaire', year: 2026 }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const groupsMock = {
  request: { query: BenchmarkGroupOptionsDocument },
  result: { data: { benchmarkGroups: [{ __typename: 'CustomBenchmarkGroup', key: 'CUSTOM:3', name: 'Grote steden', size: 6 }] } },
};

function renderFilter(mocks: object[], role: Role = 'ANALYST', cache = createCache()) {
  return renderRoute(<BenchmarkFilter code="GM0363" year={2026} group={{ type: 'ALL' }} chooseMunicipality />, {
    path: '/vergelijken/:code/:year',
    url: '/vergelijken/GM0363/2026',
    mocks: [sessionMock(role === 'ANALYST' ? analyst : sessionUser({ role })), yearsMock, groupsMock, municipalitiesMock, ...mocks] as never,
    cache,
  });
}

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  const toggle = await screen.findByRole('button', { name: 'Eigen vergelijkingsgroep maken' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await user.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const form = screen.getByRole('region', { name: 'Nieuwe vergelijkingsgroep' });
  await within(form).findByRole('checkbox', { name: 'Amsterdam' });
  return form;
}

describe('BenchmarkGroupForm (Eigen vergelijkingsgroep maken)', () => {
  it('links the server’s "too few municipalities" error to the list of municipalities', async () => {
    const user = userEvent.setup();
    const { container } = renderFilter([
      {
        request: { query: CreateBenchmarkGroupDocument, variables: { input: { name: 'Randstad', members: ['GM0344', 'GM0363'] } } },
        result: graphqlError('members: een vergelijkingsgroep heeft minstens 5 gemeenten nodig', {
          code: 'BAD_USER_INPUT',
          field: 'members',
          fields: [{ field: 'members', message: 'een vergelijkingsgroep heeft minstens 5 gemeenten nodig' }],
        }),
      },
    ]);
    const form = await openForm(user);
    expect(form.textContent).toContain('minstens 5 gemeenten');
    expect(form.textContent).toContain('te weinig verschilt van een andere groep');
    expect(await axe(container)).toHaveNoViolations();

    // Nothing filled in: both fields are reported before anything is sent.
    await user.click(within(form).getByRole('button', { name: 'Groep maken' }));
    expect(within(form).getByRole('link', { name: 'Vul een naam voor de groep in.' })).toBeTruthy();
    expect(within(form).getByRole('link', { name: 'Kies de gemeenten voor de groep.' })).toBeTruthy();

    await user.type(within(form).getByLabelText('Naam van de groep'), 'Randstad');
    // The filter box narrows the list, ignoring accents; chosen municipalities stay chosen.
    const filter = within(form).getByRole('searchbox', { name: 'Zoek gemeente' });
    await user.type(filter, 'utr');
    expect(
      within(form)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['GM0344']);
    await user.click(within(form).getByRole('checkbox', { name: 'Utrecht' }));
    await user.clear(filter);
    await user.type(filter, 'sudwest');
    expect(within(form).getByRole('checkbox', { name: 'Súdwest-Fryslân' })).toBeTruthy();
    await user.clear(filter);
    await user.click(within(form).getByRole('checkbox', { name: 'Amsterdam' }));
    expect(within(form).getByRole('status').textContent).toBe('2 gemeenten gekozen');
    expect(within(form).getByText('Gekozen: Amsterdam, Utrecht')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Groep maken' }));
    const message = 'Een vergelijkingsgroep heeft minstens 5 gemeenten nodig.';
    const link = await within(form).findByRole('link', { name: message });
    expect(link.getAttribute('href')).toBe('#groep-gemeenten-zoek');
    const group = within(form).getByRole('group', { name: 'Gemeenten in de groep' });
    const errorId = group
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-fout'))!;
    expect(document.getElementById(errorId)!.textContent).toBe(`Fout: ${message}`);
    expect(filter.getAttribute('aria-describedby')).toBe(errorId);
    expect(within(form).getByRole<HTMLInputElement>('checkbox', { name: 'Utrecht' }).getAttribute('aria-invalid')).toBe('true');
    expect(within(form).queryByRole('link', { name: 'Vul een naam voor de groep in.' })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('creates the group, which then appears (and is chosen) in the group selector', async () => {
    const user = userEvent.setup();
    const members = ['GM0363', 'GM0344', 'GM0599', 'GM0518', 'GM0014'];
    renderFilter([
      {
        request: { query: CreateBenchmarkGroupDocument, variables: { input: { name: 'Vijf grote steden', members } } },
        result: { data: { createBenchmarkGroup: { __typename: 'CustomBenchmarkGroup', key: 'CUSTOM:9', name: 'Vijf grote steden', size: 5 } } },
      },
    ]);
    const select = await screen.findByLabelText<HTMLSelectElement>('Vergelijk met');
    await waitFor(() => expect(select.options).toHaveLength(6));
    const form = await openForm(user);
    await user.type(within(form).getByLabelText('Naam van de groep'), '  Vijf grote steden ');
    for (const code of members) await user.click(form.querySelector(`#groep-gemeente-${code}`)!);
    await user.click(within(form).getByRole('button', { name: 'Groep maken' }));

    expect(
      await screen.findByText(
        'De groep ‘Vijf grote steden’ (5 gemeenten) is gemaakt en staat gekozen bij ‘Vergelijk met’. Kies ‘Toon vergelijking’ om de cijfers te zien.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Nieuwe vergelijkingsgroep' })).toBeNull();
    await waitFor(() => expect(select.options).toHaveLength(7));
    const own = select.querySelector('optgroup')!;
    expect([...own.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Grote steden (6 gemeenten)', 'Vijf grote steden (5 gemeenten)']);
    expect(select.value).toBe('CUSTOM:9');
  });

  it('is not offered to municipal users', async () => {
    const cache = createCache();
    renderFilter([], 'MUNICIPAL_EDITOR', cache);
    const select = await screen.findByLabelText<HTMLSelectElement>('Vergelijk met');
    // Nothing on screen shows that the session has arrived, so wait for it in the cache: before it, the
    // group form is absent for everyone and its absence would prove nothing.
    await waitFor(() => expect(cache.readQuery({ query: SessionDocument })?.me?.role).toBe('MUNICIPAL_EDITOR'));
    await waitFor(() => expect(select.options).toHaveLength(6));
    expect(screen.getByRole('button', { name: 'Toon vergelijking' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Eigen vergelijkingsgroep maken' })).toBeNull();
  });
});
