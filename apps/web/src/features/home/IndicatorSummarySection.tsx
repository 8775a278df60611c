import type { MyMunicipalityHomeQuery } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

type HomeIndicator = MyMunicipalityHomeQuery['indicators'][number];

function changeText(indicator: HomeIndicator): string {
  const t = nlHome.indicators;
  if (indicator.change === null || indicator.previousYear === null) return t.noPrevious;
  return t.change(indicator.change, indicator.previousYear);
}

function IndicatorRow({ indicator }: { indicator: HomeIndicator }) {
  const t = nlHome.indicators;
  return (
    <TableRow>
      <TableHeaderCell scope="row">{indicator.label}</TableHeaderCell>
      <TableCell numeric>{indicator.value === null ? t.noValue : t.value(indicator.value)}</TableCell>
      <TableCell>{indicator.bandLabel ?? t.noValue}</TableCell>
      <TableCell>{changeText(indicator)}</TableCell>
    </TableRow>
  );
}

/** The indicators of the year in one table, with the change since last year and links onward. */
export function IndicatorSummarySection({ code, year, indicators }: { code: string; year: number; indicators: HomeIndicator[] }) {
  const t = nlHome.indicators;
  const shown = indicators.filter((indicator) => indicator.value !== null || indicator.bandLabel !== null);
  return (
    <section aria-labelledby="home-indicatoren-kop">
      <Heading level={2} id="home-indicatoren-kop">
        {t.heading}
      </Heading>
      {shown.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <Table id="home-indicatoren" caption={t.caption(year)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnIndicator}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnValue}</TableHeaderCell>
              <TableHeaderCell>{t.columnBand}</TableHeaderCell>
              <TableHeaderCell>{t.columnChange}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {indicators.map((indicator) => (
              <IndicatorRow key={indicator.key} indicator={indicator} />
            ))}
          </TableBody>
        </Table>
      )}
      <ul className="monitor-link-list">
        <li>
          <RouterLink to={`/indicatoren/${code}/${year}`}>{t.details}</RouterLink>
        </li>
        <li>
          <RouterLink to={`/vergelijken/${code}/${year}`}>{t.benchmark}</RouterLink>
        </li>
      </ul>
    </section>
  );
}
