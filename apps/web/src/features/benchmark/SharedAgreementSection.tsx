import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { BenchmarkSharedIndicatorsDocument, SharingAgreementsDocument, type AgreementCard_AgreementFragment } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useSession } from '../../app/session/useSession';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { classColors } from '../../ui/charts/palette';
import { AreaMap, type MapArea } from './AreaMap';
import { classOf } from './RegionMedianSection';

const COLORS = classColors(5);

/**
 * For members of an active sharing agreement (and NJi): the agreement's municipalities by name, on a
 * map and in a table. Nothing is shown to anyone else.
 */
export function SharedAgreementSections({ code, measure, label, year }: { code: string; measure: string; label: string; year: number }) {
  const { me } = useSession();
  const mayList = me?.role === 'ADMIN' || me?.role === 'MUNICIPAL_EDITOR' || me?.role === 'MUNICIPAL_VIEWER';
  const { data } = useQuery(SharingAgreementsDocument, { skip: !mayList });
  const agreements = useMemo(
    () =>
      (data?.sharingAgreements ?? []).filter(
        (a) =>
          a.status === 'ACTIVE' &&
          a.members.some((m) => m.municipalityCode === code && m.state === 'ACCEPTED') &&
          (me?.role === 'ADMIN' || me?.municipality?.code === code),
      ),
    [data, code, me],
  );
  if (agreements.length === 0) return null;
  return (
    <>
      {agreements.map((agreement) => (
        <SharedAgreementSection key={agreement.id} agreement={agreement} measure={measure} label={label} year={year} />
      ))}
    </>
  );
}

function SharedAgreementSection({
  agreement,
  measure,
  label,
  year,
}: {
  agreement: AgreementCard_AgreementFragment;
  measure: string;
  label: string;
  year: number;
}) {
  const t = nlBenchmark.detail;
  const { data, loading, error } = useQuery(BenchmarkSharedIndicatorsDocument, { variables: { agreementId: agreement.id, year } });
  const rows = useMemo(() => {
    const values = new Map((data?.sharedIndicators ?? []).filter((v) => v.indicatorKey === measure).map((v) => [v.municipalityCode, v]));
    return agreement.members
      .filter((m) => m.state === 'ACCEPTED')
      .map((m) => {
        const v = values.get(m.municipalityCode);
        return { code: m.municipalityCode, name: m.municipalityName, value: v?.value ?? null, band: nlBenchmark.band(v?.band) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [data, agreement, measure]);
  const areas: MapArea[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    label: t.sharedLabel(r.name, r.value, r.band),
    color: r.value === null ? null : COLORS[classOf(r.value)],
  }));
  const headingId = `gedeeld-${agreement.id}`;

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t.sharedHeading(agreement.title)}
      </Heading>
      <Paragraph>{t.sharedIntro}</Paragraph>
      {loading && !data ? (
        <LoadingStatus />
      ) : error ? (
        <ErrorMessage />
      ) : (
        <>
          <div className="monitor-benchmark-map">
            <AreaMap
              id={`gedeeld-kaart-${agreement.id}`}
              url="/geo/municipalities.topojson"
              areas={areas}
              onlyListed
              title={t.sharedMapTitle(label, agreement.title)}
              description={t.sharedMapDescription}
            />
          </div>
          {rows.every((r) => r.value === null) && <Paragraph>{t.noShared}</Paragraph>}
          <Table id={`tabel-gedeeld-${agreement.id}`} caption={t.sharedTableCaption(label, agreement.title, year)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.columnMunicipality}</TableHeaderCell>
                <TableHeaderCell numeric>{t.columnValue}</TableHeaderCell>
                <TableHeaderCell>{t.columnBand}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.code}>
                  <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                  <TableCell numeric>{nlBenchmark.number(r.value)}</TableCell>
                  <TableCell>{r.value === null ? '—' : r.band}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
