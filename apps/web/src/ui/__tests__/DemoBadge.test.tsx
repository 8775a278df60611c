import { render } from '@testing-library/react';
import { DemoBadge, nameSaysDemo } from '../DemoBadge';

describe('DemoBadge', () => {
  it('is left out when the name already says demo, so nothing reads "(demo)demo"', () => {
    expect(nameSaysDemo('Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2025 (demo)')).toBe(true);
    expect(nameSaysDemo('Demo-lezer Amsterdam')).toBe(true);
    expect(nameSaysDemo('Demonstratiegemeente')).toBe(false);
    const { container } = render(
      <p>
        Vragenlijst 2025 (demo)
        <DemoBadge name="Vragenlijst 2025 (demo)" isDemo />
      </p>,
    );
    expect(container.textContent).toBe('Vragenlijst 2025 (demo)');
  });

  it('follows other names as a separate word', () => {
    const { container } = render(
      <p>
        Beheer NJi
        <DemoBadge name="Beheer NJi" isDemo />
      </p>,
    );
    expect(container.textContent).toBe('Beheer NJi demo');
    const { container: real } = render(
      <p>
        Beheer NJi
        <DemoBadge name="Beheer NJi" isDemo={false} />
      </p>,
    );
    expect(real.textContent).toBe('Beheer NJi');
  });
});
