import { formatNumberNl, offersPerTargetGroup, TARGET_GROUP_LABELS, TARGET_GROUPS } from '@monitor/domain';
import { supplyText as t } from '../../i18n/nl.supply';
import { formatFigure } from '../../app/figures/figures';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import type { Analysis, DistrictSupply } from './supplyFigures';

function needCell(d: DistrictSupply): string {
  if (d.needLow === null || d.needHigh === null) return formatFigure(null, d.needStatus === 'PUBLISHED' ? 'SUPPRESSED' : d.needStatus);
  return t.needRange(d.needLow, d.needHigh);
}

/** The table alternative of the map: need, capacity, coverage, offers, reach and youth care per district. */
export function DistrictSupplyTable({ name, analysis }: { name: string; analysis: Analysis }) {
  const c = t.columns;
  return (
    <Table id="tabel-aanbod-wijken" caption={t.caption(name, analysis.districtYear)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{c.district}</TableHeaderCell>
          <TableHeaderCell numeric>{c.need}</TableHeaderCell>
          <TableHeaderCell numeric>{c.capacity}</TableHeaderCell>
          <TableHeaderCell numeric>{c.percent}</TableHeaderCell>
          <TableHeaderCell numeric>{c.offers}</TableHeaderCell>
          <TableHeaderCell numeric>{c.reach}</TableHeaderCell>
          <TableHeaderCell numeric>{c.youthCare}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {analysis.districts.map((d) => (
          <TableRow key={d.code}>
            <TableHeaderCell scope="row">{d.name}</TableHeaderCell>
            <TableCell numeric>{needCell(d)}</TableCell>
            <TableCell numeric>{formatNumberNl(d.matchingCapacity, 0)}</TableCell>
            <TableCell numeric>{d.capacityPercentOfNeed === null ? formatFigure(null, 'UNKNOWN') : `${d.capacityPercentOfNeed}%`}</TableCell>
            <TableCell numeric>{t.offersCell(d.offers, d.recognisedOffers)}</TableCell>
            <TableCell numeric>{formatFigure(d.reach, d.reachStatus)}</TableCell>
            <TableCell numeric>{formatFigure(d.youthCarePerThousandChildren, d.youthCareStatus, 1)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Offers per target group and district (count and recognised count). */
export function TargetGroupTable({ analysis }: { analysis: Analysis }) {
  // counted from the offers the page holds (all of them: at most 150 a municipality), as the server counts coverage
  const offerCounts = analysis.offers.map((o) => ({
    targetGroup: o.targetGroup,
    recognitionLevel: o.intervention.recognitionLevel,
    districtCodes: o.districtCodes,
  }));
  return (
    <Table id="tabel-aanbod-doelgroepen" caption={t.targetCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columns.district}</TableHeaderCell>
          {TARGET_GROUPS.map((group) => (
            <TableHeaderCell key={group} numeric>
              {TARGET_GROUP_LABELS[group]}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {analysis.districts.map((d) => (
          <TableRow key={d.code}>
            <TableHeaderCell scope="row">{d.name}</TableHeaderCell>
            {offersPerTargetGroup(d.code, offerCounts).map((g) => (
              <TableCell key={g.targetGroup} numeric>
                {t.offersCell(g.offers, g.recognisedOffers)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The gaps, each with the rule that found it and the districts concerned. */
export function GapList({ analysis }: { analysis: Analysis }) {
  const names = new Map(analysis.districts.map((d) => [d.code, d.name]));
  if (analysis.gaps.length === 0) return <Paragraph>{t.noGaps}</Paragraph>;
  return (
    <ul className="monitor-supply__gaps">
      {analysis.gaps.map((gap, i) => (
        <li key={`${gap.kind}-${gap.targetGroup ?? ''}-${gap.offerId ?? i}`}>
          <strong>{t.gapKinds[gap.kind]}</strong>: {gap.explanation}
          {gap.kind !== 'LOW_REACH' && gap.districtCodes.length < analysis.districts.length && (
            <> {t.gapDistricts(gap.districtCodes.map((code) => names.get(code) ?? code).join(', '))}.</>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Expected versus observed youth care per 2017 district, with the method. */
export function ExpectedUseTable({ name, analysis }: { name: string; analysis: Analysis }) {
  const e = analysis.expectedUse;
  if (!e) return <Paragraph>{t.expectedNone}</Paragraph>;
  const c = t.expectedColumns;
  return (
    <>
      <Table id="tabel-verwacht-gebruik" caption={t.expectedCaption(name)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{c.district}</TableHeaderCell>
            <TableHeaderCell numeric>{c.observed}</TableHeaderCell>
            <TableHeaderCell numeric>{c.expected}</TableHeaderCell>
            <TableHeaderCell numeric>{c.ratio}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {e.districts.map((d) => (
            <TableRow key={d.code}>
              <TableHeaderCell scope="row">{d.name}</TableHeaderCell>
              <TableCell numeric>{formatFigure(d.observedPercent, d.observedPercent === null ? 'UNKNOWN' : 'PUBLISHED', 1)}</TableCell>
              <TableCell numeric>{formatFigure(d.expectedPercent, 'PUBLISHED', 1)}</TableCell>
              <TableCell numeric>{formatFigure(d.ratio, d.ratio === null ? 'UNKNOWN' : 'PUBLISHED', 2)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Paragraph>
        {e.method} {t.expectedFit(formatNumberNl(e.rSquared, 2), e.fittedOn)}
      </Paragraph>
      <Paragraph className="monitor-vt-source">{e.source}</Paragraph>
    </>
  );
}

export function SupplyHeading({ id, children }: { id: string; children: string }) {
  return (
    <Heading level={2} id={id}>
      {children}
    </Heading>
  );
}
