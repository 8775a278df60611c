import type { KeyFigures_KeyFiguresFragment, MunicipalityDetailQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

type YouthPopulation = NonNullable<MunicipalityDetailQuery['municipality']>['youthPopulation'];

interface FigureRow {
  label: string;
  value: string;
  year: number | null;
  source: string;
}

function figureRows(k: KeyFigures_KeyFiguresFragment, youth: YouthPopulation): FigureRow[] {
  const t = nl.municipality;
  const population = { year: k.populationYear, source: k.populationSource ?? t.sourceKeyFigures(k.populationYear) };
  const households = { year: k.householdYear, source: k.householdSource ?? t.sourceKeyFigures(k.householdYear) };
  const rows: FigureRow[] = [{ label: t.population, value: nl.number(k.population), ...population }];
  if (youth) {
    const derived = { year: youth.year, source: youth.source };
    rows.push(
      { label: t.youth0To17, value: `± ${nl.number(youth.aged0To17)}`, ...derived },
      { label: t.youth0To14, value: nl.number(youth.aged0To14), ...derived },
    );
  }
  rows.push(
    { label: t.households, value: nl.number(k.households), ...households },
    { label: t.shareWithChildren, value: nl.percent(k.shareHouseholdsWithChildren), ...households },
    { label: t.averageHouseholdSize, value: nl.number(k.averageHouseholdSize, 2), ...households },
    {
      label: t.urbanity,
      value: k.urbanity === null ? nl.noData : `${k.urbanity} (${nl.urbanity[k.urbanity] ?? ''})`,
      ...households,
    },
  );
  return rows;
}

export function MunicipalityFigures({
  name,
  keyFigures,
  youthPopulation,
}: {
  name: string;
  keyFigures: KeyFigures_KeyFiguresFragment | null;
  youthPopulation: YouthPopulation;
}) {
  const t = nl.municipality;
  return (
    <>
      <section aria-labelledby="kerncijfers-kop">
        <Heading level={2} id="kerncijfers-kop">
          {t.figuresHeading}
        </Heading>
        {keyFigures ? (
          <Table id="kerncijfers" caption={t.figuresCaption(name)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.columnFigure}</TableHeaderCell>
                <TableHeaderCell numeric>{t.columnValue}</TableHeaderCell>
                <TableHeaderCell numeric>{t.columnYear}</TableHeaderCell>
                <TableHeaderCell>{t.columnSource}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {figureRows(keyFigures, youthPopulation).map((row) => (
                <TableRow key={row.label}>
                  <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
                  <TableCell numeric>{row.value}</TableCell>
                  <TableCell numeric>{row.year ?? nl.noData}</TableCell>
                  <TableCell>{row.source}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Paragraph>{t.noFigures}</Paragraph>
        )}
        {youthPopulation && (
          <>
            <Heading level={3}>{t.methodHeading}</Heading>
            <Paragraph>{youthPopulation.method}</Paragraph>
          </>
        )}
      </section>

      {keyFigures && keyFigures.ageDistribution.length > 0 && (
        <section aria-labelledby="leeftijd-kop">
          <Heading level={2} id="leeftijd-kop">
            {t.ageHeading}
          </Heading>
          {/* The age shares come from the same CBS release as the household figures. */}
          <Table id="leeftijdsopbouw" caption={t.ageCaption(name, keyFigures.householdYear, keyFigures.householdSource)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.columnAgeBand}</TableHeaderCell>
                <TableHeaderCell numeric>{t.columnAgeShare}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keyFigures.ageDistribution.map((band) => (
                <TableRow key={band.band}>
                  <TableHeaderCell scope="row">{nl.ageBand(band.fromAge, band.toAge)}</TableHeaderCell>
                  <TableCell numeric>{nl.percent(band.percentage)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </>
  );
}
