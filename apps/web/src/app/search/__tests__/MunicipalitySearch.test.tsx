import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { MunicipalitySearch } from '../MunicipalitySearch';

const municipalities = [
  { code: 'GM0363', name: 'Amsterdam' },
  { code: 'GM0362', name: 'Amstelveen' },
  { code: 'GM0014', name: 'Groningen' },
  ...Array.from({ length: 12 }, (_, i) => ({ code: `GM9${String(i).padStart(3, '0')}`, name: `Testdorp ${i + 1}` })),
];

describe('MunicipalitySearch', () => {
  it('has a labelled search box and shows matches as links to the municipality page', async () => {
    const user = userEvent.setup();
    const { container } = renderRoute(<MunicipalitySearch municipalities={municipalities} />);

    expect(screen.getByRole('search')).toBeTruthy();
    const box = screen.getByRole('searchbox', { name: 'Zoek een gemeente' });
    expect(screen.queryAllByRole('link')).toHaveLength(0);

    await user.type(box, 'amst');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Amstelveen', '/gemeente/GM0362'],
      ['Amsterdam', '/gemeente/GM0363'],
    ]);
    expect(screen.getByRole('status').textContent).toBe('2 gemeenten gevonden.');

    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so when nothing matches, and caps a long result list', async () => {
    const user = userEvent.setup();
    renderRoute(<MunicipalitySearch municipalities={municipalities} />);
    const box = screen.getByRole('searchbox', { name: 'Zoek een gemeente' });

    await user.type(box, 'xyz');
    expect(screen.getByRole('status').textContent).toBe('Geen gemeenten gevonden.');
    expect(screen.queryAllByRole('link')).toHaveLength(0);

    await user.clear(box);
    await user.type(box, 'testdorp');
    expect(screen.getByRole('status').textContent).toBe('12 gemeenten gevonden.');
    expect(screen.getAllByRole('link')).toHaveLength(10);
    expect(screen.getByText('En nog 2 meer; typ verder om te verfijnen.')).toBeTruthy();
  });

  it('opens the best match on Enter', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<MunicipalitySearch municipalities={municipalities} />);

    await user.type(screen.getByRole('searchbox', { name: 'Zoek een gemeente' }), 'gron{Enter}');
    expect(router.state.location.pathname).toBe('/gemeente/GM0014');
  });
});
