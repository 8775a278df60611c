import { vt } from '../../i18n/nl.veiligThuis';
import { PROVISIONAL_MARK, STATUS_SYMBOL } from './figures';

const ITEMS = [
  [STATUS_SYMBOL.SUPPRESSED, vt.symbols.suppressed],
  [STATUS_SYMBOL.UNKNOWN, vt.symbols.unknown],
  [STATUS_SYMBOL.NOT_APPLICABLE, vt.symbols.notApplicable],
  [PROVISIONAL_MARK, vt.symbols.provisional],
] as const;

/** What the symbols in the tables mean ("–", ".", "x", "*"), as CBS explains them. */
export function StatusLegend({ id }: { id: string }) {
  return (
    <div className="monitor-vt-legend">
      <p className="monitor-vt-legend__title" id={id}>
        {vt.symbols.legendHeading}
      </p>
      <dl className="monitor-vt-legend__list">
        {ITEMS.map(([symbol, meaning]) => (
          <div key={symbol} className="monitor-vt-legend__item">
            <dt className="monitor-vt-legend__symbol">{symbol}</dt>
            <dd className="monitor-vt-legend__meaning">{meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
