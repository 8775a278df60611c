import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { mapData } from '../../../../test/fixtures/municipalities';
import { MapTable } from '../MapTable';
import { householdsLayer, toMapFigures } from '../useMapFigures';

const layer = householdsLayer(2023);
const { rows, year } = toMapFigures(
  mapData.municipalities.edges.map((e) => e.node),
  layer,
  null,
);

function bodyRowNames() {
  const [, body] = screen.getAllByRole('rowgroup');
  return within(body)
    .getAllByRole('row')
    .map((row) => within(row).getByRole('rowheader').textContent);
}

describe('MapTable', () => {
  it('lists every municipality with its share, as links, under a caption', async () => {
    const { container } = renderRoute(<MapTable rows={rows} layer={layer} year={year} />);

    const table = screen.getByRole('table', {
      name: 'Aandeel huishoudens met kinderen per gemeente, 2023 (CBS)',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Gemeente ▲', 'Huishoudens met kinderen ↕']);
    expect(
      within(table)
        .getByRole('columnheader', { name: /Gemeente/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    expect(bodyRowNames()).toEqual(["'s-Gravenhage", 'Almere', 'Amsterdam', 'Groningen', 'Súdwest-Fryslân']);

    const amsterdam = screen.getByRole('row', { name: /Amsterdam/ });
    expect(within(amsterdam).getByRole('cell').textContent).toBe('23%');
    expect(within(amsterdam).getByRole('link', { name: 'Amsterdam' }).getAttribute('href')).toBe('/gemeente/GM0363');
    expect(within(screen.getByRole('row', { name: /Gravenhage/ })).getByRole('cell').textContent).toBe('geen gegevens');

    expect(await axe(container)).toHaveNoViolations();
  });

  it('sorts by share, missing values last, and toggles the direction', async () => {
    const user = userEvent.setup();
    renderRoute(<MapTable rows={rows} layer={layer} year={year} />);
    const shareHeader = screen.getByRole('columnheader', { name: /Huishoudens met kinderen/ });

    await user.click(within(shareHeader).getByRole('button'));
    expect(shareHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyRowNames()).toEqual(['Groningen', 'Amsterdam', 'Súdwest-Fryslân', 'Almere', "'s-Gravenhage"]);

    await user.click(within(shareHeader).getByRole('button'));
    expect(shareHeader.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRowNames()).toEqual(['Almere', 'Súdwest-Fryslân', 'Amsterdam', 'Groningen', "'s-Gravenhage"]);
    expect(screen.getByRole('columnheader', { name: /Gemeente/ }).hasAttribute('aria-sort')).toBe(false);
  });
});
