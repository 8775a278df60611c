import type { EstimateModelSection_EstimateFragment } from '../../gql/__generated__/graphql';
import { em } from '../../i18n/nl.estimateModel';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

type Effect = EstimateModelSection_EstimateFragment['effects'][number];

function valueText(effect: Effect): string {
  if (effect.value === null) return em.missing;
  const text = em.value(effect.value, effect.unit);
  return effect.origin === 'MUNICIPALITY' ? `${text} (${em.fromMunicipality})` : text;
}

/** The risk model behind an estimate: each factor's effect (a table), the single-factor check and the validation. */
export function EstimateModelSection({ estimate }: { estimate: EstimateModelSection_EstimateFragment }) {
  if (estimate.method !== 'RISK_MODEL' || estimate.effects.length === 0) return null;
  const { check, model } = estimate;
  return (
    <>
      <Heading level={3}>{em.heading}</Heading>
      <Paragraph>{em.intro}</Paragraph>
      {estimate.ratePerThousandLow !== null && estimate.ratePerThousandHigh !== null && (
        <Paragraph>{em.rate(estimate.ratePerThousandLow, estimate.ratePerThousandHigh)}</Paragraph>
      )}
      <Table id="schatting-factoren" caption={em.caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{em.columnFactor}</TableHeaderCell>
            <TableHeaderCell>{em.columnHere}</TableHeaderCell>
            <TableHeaderCell>{em.columnNational}</TableHeaderCell>
            <TableHeaderCell numeric>{em.columnEffect}</TableHeaderCell>
            <TableHeaderCell numeric>{em.columnYear}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {estimate.effects.map((effect) => (
            <TableRow key={effect.factor}>
              <TableHeaderCell scope="row">{effect.label}</TableHeaderCell>
              <TableCell>{valueText(effect)}</TableCell>
              <TableCell>{em.value(effect.nationalMean, effect.unit)}</TableCell>
              <TableCell numeric>{effect.effectPercent === null ? '–' : em.effect(effect.effectPercent)}</TableCell>
              <TableCell numeric>{effect.year ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {check && check.low !== null && check.high !== null && (
        <>
          <Heading level={3}>{em.checkHeading}</Heading>
          <Paragraph>{em.check(check.factor, check.relativeRisk, check.low, check.high)}</Paragraph>
        </>
      )}
      {model && (
        <>
          <Heading level={3}>{em.validationHeading}</Heading>
          <Paragraph>{em.validation(model.validation, model.outcome, model.outcomeYear)}</Paragraph>
        </>
      )}
    </>
  );
}
