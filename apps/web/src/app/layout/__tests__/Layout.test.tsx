import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../router';
import { MunicipalityListDocument, SessionDocument } from '../../../gql/__generated__/graphql';

const listMock = {
  request: { query: MunicipalityListDocument },
  result: {
    data: {
      municipalities: {
        __typename: 'MunicipalityConnection',
        totalCount: 1,
        edges: [
          {
            __typename: 'MunicipalityEdge',
            node: {
              __typename: 'Municipality',
              code: 'GM0363',
              name: 'Amsterdam',
              province: { __typename: 'Region', code: 'PV27', name: 'Noord-Holland' },
            },
          },
        ],
      },
    },
  },
};

const demoAccount = {
  __typename: 'DemoAccount' as const,
  email: 'beheerder@demo.monitor.nl',
  password: 'demo-wachtwoord-2026',
  name: 'Demo-beheerder (NJi)',
  role: 'ADMIN' as const,
  municipalityCode: null,
};

const sessionMock = (demo: boolean) => ({
  request: { query: SessionDocument },
  result: { data: { me: null, demoAccounts: demo ? [demoAccount] : [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderApp(url: string, { demo = true }: { demo?: boolean } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const utils = render(
    <MockedProvider mocks={[listMock, sessionMock(demo)]}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...utils, router };
}

describe('application shell', () => {
  it('has a skip link to the main content, named landmarks and the source attribution', async () => {
    const { container } = renderApp('/toegankelijkheid');
    await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' });

    const skip = screen.getByRole('link', { name: 'Naar de hoofdinhoud' });
    expect(skip.getAttribute('href')).toBe('#inhoud');
    expect(screen.getByRole('main').id).toBe('inhoud');
    const banner = screen.getByRole('banner');
    expect(within(banner).getAllByRole('link')[0].textContent).toBe('Monitor Aanpak Kindermishandeling en Huiselijk Geweld');

    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await within(nav).findByRole('link', { name: 'GraphQL-playground' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Kaart', '/'],
      ['Gemeenten', '/gemeenten'],
      ['Kennisbank', '/kennisbank'],
      ['Factsheets', '/factsheets'],
      ['Jaarrapport', '/jaarrapport'],
      ['Effectmonitoring', '/effectmonitoring'],
      ['GraphQL-playground', '/playground'],
    ]);

    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain(
      'Bron: CBS, PDOK — Gebiedsindelingen 2026/2025 (CC BY 4.0); Kerncijfers wijken en buurten 2023/2024 (CBS, CC BY 4.0)',
    );
    expect(within(footer).getByRole('link', { name: 'Toegankelijkheid' }).getAttribute('href')).toBe('/toegankelijkheid');
    expect(document.title).toBe('Toegankelijkheid — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(document.activeElement).toBe(document.body);

    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers "Inloggen" to anonymous visitors, shows the demo banner in demo mode and hides the playground outside it', async () => {
    renderApp('/toegankelijkheid');
    const account = await screen.findByRole('navigation', { name: 'Account' });
    expect(within(account).getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe('/inloggen');
    expect(within(screen.getByRole('banner')).getByText(/^Demomodus: deze omgeving bevat demo-accounts en demogegevens/)).toBeTruthy();
    cleanup();

    renderApp('/toegankelijkheid', { demo: false });
    await screen.findByRole('navigation', { name: 'Account' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).queryByRole('link', { name: 'GraphQL-playground' })).toBeNull();
    expect(screen.queryByText(/^Demomodus/)).toBeNull();
  });

  it('navigates client-side, marks the current page and moves focus to the main content', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/toegankelijkheid');
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('link', { name: 'Gemeenten' }));
    expect(router.state.location.pathname).toBe('/gemeenten');
    await screen.findByRole('heading', { level: 1, name: 'Alle gemeenten' });
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getByRole('link', { name: 'Gemeenten' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Kaart' }).hasAttribute('aria-current')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    expect(await screen.findByRole('link', { name: 'Amsterdam' })).toBeTruthy();
  });

  it('shows a Dutch not-found page for unknown paths', async () => {
    renderApp('/bestaat-niet');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Pagina niet gevonden');
  });
});
