import { useQuery } from '@apollo/client/react';
import { MunicipalityRiskProfileDocument, type MunicipalityRiskProfileQuery } from '../../gql/__generated__/graphql';
import { rp } from '../../i18n/nl.riskProfile';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { ChartSection } from '../../app/figures/ChartSection';
import { FigureBarChart } from '../../ui/charts/FigureBarChart';

type Value = NonNullable<MunicipalityRiskProfileQuery['riskProfile']>['values'][number];

const ID = 'risicoprofiel';
const BAR_COLOR = '#154273';
const COMPARISONS = ['VEILIG_THUIS_REGION', 'PROVINCE', 'SIZE_CLASS', 'NETHERLANDS'];

function shown(value: Value): string {
  if (value.value !== null) return rp.value(value.value);
  return value.status === 'SUPPRESSED' ? rp.withheld : rp.missing;
}

function indexOf(value: Value): number | null {
  const national = value.comparisons.find((c) => c.kind === 'NETHERLANDS')?.value;
  return value.value === null || !national ? null : Math.round((100 * value.value) / national);
}

/** The municipality's risk factors as an index chart (Nederland = 100) with the full table of values and comparisons. */
export function RiskProfileSection({ code, name }: { code: string; name: string }) {
  const { data, loading, error } = useQuery(MunicipalityRiskProfileDocument, { variables: { code } });
  const profile = data?.riskProfile;
  if (!profile) {
    return (
      <ChartSection
        id={ID}
        heading={rp.heading}
        empty={loading ? <LoadingStatus /> : error ? <ErrorMessage /> : <Paragraph>{rp.missing}</Paragraph>}
      />
    );
  }
  const comparison = (value: Value, kind: string) => value.comparisons.find((c) => c.kind === kind)?.value ?? null;
  return (
    <ChartSection
      id={ID}
      heading={rp.heading}
      chartTitle={rp.chartTitle(name)}
      description={`${rp.intro(name)} ${rp.description(name)}`}
      chart={
        <FigureBarChart
          rows={profile.values.map((v) => {
            const index = indexOf(v);
            return { key: v.key, label: v.label, value: index, shown: index === null ? shown(v) : rp.index(index), color: BAR_COLOR };
          })}
          titleId={`${ID}-titel`}
          descriptionId={`${ID}-beschrijving`}
          axisLegend={rp.axis}
        />
      }
      notes={<Paragraph>{`${profile.sizeClass ? rp.sizeClass(profile.sizeClass) : ''} ${rp.notes}`.trim()}</Paragraph>}
      source={profile.attribution}
      table={
        <Table id={`tabel-${ID}`} caption={rp.caption(name)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{rp.columnFactor}</TableHeaderCell>
              <TableHeaderCell numeric>{rp.columnHere}</TableHeaderCell>
              {COMPARISONS.map((kind) => (
                <TableHeaderCell key={kind} numeric>
                  {rp.comparison[kind]}
                </TableHeaderCell>
              ))}
              <TableHeaderCell numeric>{rp.columnYear}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {profile.values.map((v) => (
              <TableRow key={v.key}>
                <TableHeaderCell scope="row">{`${v.label} (${v.unit})${v.inModel ? rp.inModel : ''}`}</TableHeaderCell>
                <TableCell numeric>{shown(v)}</TableCell>
                {COMPARISONS.map((kind) => {
                  const c = comparison(v, kind);
                  return (
                    <TableCell key={kind} numeric>
                      {c === null ? rp.missing : rp.value(c)}
                    </TableCell>
                  );
                })}
                <TableCell numeric>{v.year ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
