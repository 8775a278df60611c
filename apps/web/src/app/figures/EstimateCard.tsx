import { formatRange } from '@monitor/domain';
import type { EstimateCard_EstimateFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { EstimateModelSection } from './EstimateModelSection';
import './figures.css';

type Estimate = EstimateCard_EstimateFragment;

/** "naar schatting 4.790 tot 6.820 kinderen", or why there is no range. */
export function estimateRangeText(estimate: Pick<Estimate, 'low' | 'high' | 'status'>): string {
  const range = estimate.status === 'PUBLISHED' ? formatRange(estimate.low, estimate.high, 'count') : null;
  return range === null ? vt.estimate.suppressed : vt.estimate.range(range);
}

/**
 * The NPM-2017 estimate of children facing abuse: always a range, with its data year, method, formula
 * and inputs, and the reminder that it is a model estimate, not a count. `compact` shows the range and
 * the reminder only, with a link to the full card.
 */
export function EstimateCard({
  estimate,
  headingLevel = 2,
  compact = false,
  moreTo,
}: {
  estimate: Estimate | null;
  headingLevel?: 2 | 3;
  compact?: boolean;
  /** With `compact`: where the full explanation is. */
  moreTo?: string;
}) {
  const t = vt.estimate;
  const headingId = compact ? 'schatting-kort-kop' : 'schatting-kop';
  if (!estimate) {
    return (
      <section aria-labelledby={headingId} className="monitor-vt-estimate">
        <Heading level={headingLevel} id={headingId}>
          {t.heading}
        </Heading>
        <Paragraph>{t.notFound}</Paragraph>
      </section>
    );
  }
  const published = estimate.status === 'PUBLISHED' && formatRange(estimate.low, estimate.high, 'count') !== null;
  return (
    <section aria-labelledby={headingId} className="monitor-vt-estimate">
      <Heading level={headingLevel} id={headingId}>
        {t.heading}
      </Heading>
      <Paragraph className={published ? 'monitor-vt-estimate__range' : undefined}>
        {estimateRangeText(estimate)}
        {published && ` ${t.perYear}`}
      </Paragraph>
      <Paragraph>
        <strong>{t.modelNote}</strong>
      </Paragraph>
      {compact ? (
        <>
          <Paragraph>
            {t.dataYear}: {estimate.dataYear}. {t.method}: {(t.methods[estimate.method] ?? estimate.method).toLowerCase()}.
          </Paragraph>
          {moreTo && (
            <Paragraph>
              <RouterLink to={moreTo}>{t.more}</RouterLink>
            </Paragraph>
          )}
        </>
      ) : (
        <EstimateDetails estimate={estimate} />
      )}
    </section>
  );
}

/** The full explanation: figures, fallback, model, formula and inputs. */
function EstimateDetails({ estimate }: { estimate: Estimate }) {
  const t = vt.estimate;
  return (
    <>
      <Paragraph>{estimate.explanation}</Paragraph>
      <DataList
        items={[
          { key: 'jaar', label: t.estimateYear, value: String(estimate.year) },
          { key: 'peiljaar', label: t.dataYear, value: String(estimate.dataYear) },
          { key: 'kinderen', label: t.children, value: estimate.children === null ? t.childrenWithheld : `± ${nl.number(estimate.children)}` },
          {
            key: 'tarief',
            label: t.nationalRate,
            value: t.nationalRateValue(formatRange(estimate.nationalRateLow, estimate.nationalRateHigh, 'rate')),
          },
          { key: 'methode', label: t.method, value: t.methods[estimate.method] ?? estimate.method },
          ...(estimate.riskFactor ? [{ key: 'risico', label: t.riskFactor, value: estimate.riskFactor }] : []),
        ]}
      />
      {estimate.method === 'NATIONAL_RATE' && estimate.fallbackReason && (
        <>
          <Heading level={3}>{t.fallbackHeading}</Heading>
          <Paragraph>{estimate.fallbackReason}</Paragraph>
        </>
      )}
      <EstimateModelSection estimate={estimate} />
      <Heading level={3}>{t.formulaHeading}</Heading>
      <Paragraph>{estimate.formula}</Paragraph>
      <Heading level={3}>{t.inputsHeading}</Heading>
      <EstimateInputsTable inputs={estimate.inputs} />
    </>
  );
}

function EstimateInputsTable({ inputs }: { inputs: Estimate['inputs'] }) {
  const t = vt.estimate;
  return (
    <Table id="schatting-invoer" caption={t.inputsCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnInput}</TableHeaderCell>
          <TableHeaderCell>{t.columnValue}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnYear}</TableHeaderCell>
          <TableHeaderCell>{t.columnSource}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {inputs.map((input) => (
          <TableRow key={input.name}>
            <TableHeaderCell scope="row">{input.name}</TableHeaderCell>
            <TableCell>{input.value}</TableCell>
            <TableCell numeric>{input.year ?? nl.noData}</TableCell>
            <TableCell>{input.source}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
