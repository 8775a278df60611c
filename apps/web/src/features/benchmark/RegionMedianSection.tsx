import { useMemo, useState } from 'react';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Fieldset } from '../../ui/Fieldset';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RadioButton } from '../../ui/RadioButton';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { classColors } from '../../ui/charts/palette';
import { AreaMap, WITHHELD_PATTERN_FILL, WITHHELD_PATTERN_STROKE, type MapArea } from './AreaMap';
import { useRegionMedians, type RegionKind, type RegionMedian } from './useRegionMedians';

const URLS: Record<RegionKind, string> = {
  PROVINCE: '/geo/provinces.topojson',
  VEILIG_THUIS_REGION: '/geo/veilig-thuis-regions.topojson',
};

/** Five fixed classes of 20 points on the 0-100 scale, so maps of different years compare. */
const CLASS_BOUNDS = [0, 20, 40, 60, 80, 100];
const COLORS = classColors(5);
export const classOf = (value: number) => Math.min(4, Math.floor(value / 20));

function withheldReason(row: RegionMedian): string | null {
  const b = row.benchmark;
  if (!b) return nlBenchmark.withheld('NO_DATA');
  return b.published && b.median !== null ? null : nlBenchmark.withheld(b.withheldReason);
}

/**
 * Choropleth "only where allowed": each region's median, or grey hatching with the reason where the
 * aggregate is withheld; legend and table alternative below.
 */
export function RegionMedianSection({
  measure,
  label,
  year,
  ownRegions,
  ownName,
}: {
  measure: string;
  label: string;
  year: number;
  /** codes of the own municipality's regions, to point them out in the table */
  ownRegions: string[];
  ownName: string;
}) {
  const t = nlBenchmark.detail;
  const [kind, setKind] = useState<RegionKind>('PROVINCE');
  const { rows, loading, error } = useRegionMedians(kind, measure, year);

  const areas: MapArea[] = useMemo(
    () =>
      rows.map((row) => {
        const reason = withheldReason(row);
        const b = row.benchmark;
        return {
          code: row.code,
          name: row.name,
          label: t.regionLabel(row.name, b?.median ?? null, b?.n ?? 0, reason),
          color: reason === null ? COLORS[classOf(b!.median!)] : null,
        };
      }),
    [rows, t],
  );

  const kindWord = t.mapKind[kind];

  return (
    <section aria-labelledby="kaart-per-regio">
      <Heading level={2} id="kaart-per-regio">
        {t.mapHeading}
      </Heading>
      <Paragraph>{t.mapIntro}</Paragraph>
      <Fieldset legend={t.regionType} role="radiogroup">
        <div className="monitor-benchmark-choices">
          {(['PROVINCE', 'VEILIG_THUIS_REGION'] as RegionKind[]).map((k) => (
            <FormField key={k} inputId={`regiosoort-${k}`} label={t.regionTypes[k]} type="radio">
              <RadioButton id={`regiosoort-${k}`} name="regiosoort" value={k} checked={kind === k} onChange={() => setKind(k)} />
            </FormField>
          ))}
        </div>
      </Fieldset>
      {loading ? (
        <LoadingStatus />
      ) : error ? (
        <ErrorMessage />
      ) : (
        <>
          <div className="monitor-benchmark-map">
            <AreaMap
              key={kind}
              id={`regiokaart-${kind}`}
              url={URLS[kind]}
              areas={areas}
              title={t.mapTitle(label, kindWord, year)}
              description={t.mapDescription}
            />
            <RegionMapLegend rows={rows} />
          </div>
          <RegionMedianTable
            rows={rows}
            kind={kind}
            caption={t.regionTableCaption(label, kindWord, year)}
            ownRegions={ownRegions}
            ownName={ownName}
          />
        </>
      )}
    </section>
  );
}

function RegionMedianTable({
  rows,
  kind,
  caption,
  ownRegions,
  ownName,
}: {
  rows: RegionMedian[];
  kind: RegionKind;
  caption: string;
  ownRegions: string[];
  ownName: string;
}) {
  const t = nlBenchmark.detail;
  return (
    <Table id={`tabel-regio-${kind}`} caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnRegion}</TableHeaderCell>
          <TableHeaderCell numeric>{nlBenchmark.benchmark.columnMedian}</TableHeaderCell>
          <TableHeaderCell numeric>{nlBenchmark.benchmark.columnN}</TableHeaderCell>
          <TableHeaderCell>{t.columnStatus}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const reason = withheldReason(row);
          return (
            <TableRow key={row.code}>
              <TableHeaderCell scope="row">
                {row.name}
                {ownRegions.includes(row.code) && <> {t.ownRegion(ownName)}</>}
              </TableHeaderCell>
              <TableCell numeric>{reason === null ? nlBenchmark.number(row.benchmark!.median) : '—'}</TableCell>
              <TableCell numeric>{reason === null ? row.benchmark!.n : '—'}</TableCell>
              <TableCell>{reason ?? t.shown}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The five classes with their counts, and the withheld regions. */
function RegionMapLegend({ rows }: { rows: RegionMedian[] }) {
  const t = nlBenchmark.detail;
  const legend = CLASS_BOUNDS.slice(0, -1).map((from, i) => ({
    from,
    to: CLASS_BOUNDS[i + 1],
    color: COLORS[i],
    count: rows.filter((r) => withheldReason(r) === null && classOf(r.benchmark!.median!) === i).length,
  }));
  const withheldCount = rows.filter((r) => withheldReason(r) !== null).length;
  return (
    <div className="monitor-benchmark-maplegend">
      <Heading level={3} id="regiokaart-legenda">
        {t.legendHeading}
      </Heading>
      <ul className="monitor-benchmark-maplegend__list" aria-labelledby="regiokaart-legenda">
        {legend.map((item, i) => (
          <li key={item.from} className="monitor-benchmark-maplegend__item">
            <span className="monitor-benchmark-maplegend__swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
            {t.legendClass(item.from, item.to, i === legend.length - 1)} ({t.legendCount(item.count)})
          </li>
        ))}
        <li className="monitor-benchmark-maplegend__item">
          <span
            className="monitor-benchmark-maplegend__swatch"
            style={{
              background: `repeating-linear-gradient(45deg, ${WITHHELD_PATTERN_FILL} 0 3px, ${WITHHELD_PATTERN_STROKE} 3px 5px)`,
            }}
            aria-hidden="true"
          />
          {t.legendWithheld} ({t.legendCount(withheldCount)})
        </li>
      </ul>
    </div>
  );
}
