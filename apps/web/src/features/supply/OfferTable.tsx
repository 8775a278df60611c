import { useMutation } from '@apollo/client/react';
import { DATABANK_LABELS, formatNumberNl, PREVENTION_LEVEL_LABELS, RECOGNITION_LABELS, TARGET_GROUP_LABELS } from '@monitor/domain';
import { DeleteCareOfferDocument } from '../../gql/__generated__/graphql';
import { supplyText } from '../../i18n/nl.supply';
import { Button } from '../../ui/Button';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import type { Offer } from './supplyFigures';

const t = supplyText;
const count = (value: number | null) => (value === null ? '–' : formatNumberNl(value, 0));

function DemoMark({ isDemo }: { isDemo: boolean }) {
  return isDemo ? (
    <>
      {' '}
      <span className="monitor-badge">{t.demo}</span>
    </>
  ) : null;
}

/** The registered offers; editors of the municipality can remove one. */
export function OfferTable({
  name,
  code,
  offers,
  districtCount,
  canEdit,
}: {
  name: string;
  code: string;
  offers: Offer[];
  districtCount: number;
  canEdit: boolean;
}) {
  const [remove, { loading }] = useMutation(DeleteCareOfferDocument, { refetchQueries: ['SupplyAnalysisPage'] });
  if (offers.length === 0) return <Paragraph>{t.noOffers}</Paragraph>;
  const c = t.offerColumns;
  return (
    <Table id="tabel-aanbod" caption={t.offersCaption(name)}>
      <TableHeader>
        <TableRow>
          {[c.intervention, c.recognition, c.targetGroup, c.level, c.provider, c.districts].map((label) => (
            <TableHeaderCell key={label}>{label}</TableHeaderCell>
          ))}
          {[c.capacity, c.reach, c.waiting].map((label) => (
            <TableHeaderCell key={label} numeric>
              {label}
            </TableHeaderCell>
          ))}
          {canEdit && <TableHeaderCell>{c.actions}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {offers.map((o) => (
          <TableRow key={o.id}>
            <TableHeaderCell scope="row">
              {o.intervention.name}
              <DemoMark isDemo={o.isDemo} />
              {o.intervention.effectResultsPublished && (
                <>
                  {' '}
                  <RouterLink to={`/effectmonitoring#effect-${o.intervention.code}`} aria-label={t.effectsFor(o.intervention.name)}>
                    {t.effectsAvailable}
                  </RouterLink>
                </>
              )}
            </TableHeaderCell>
            <TableCell>
              {DATABANK_LABELS[o.intervention.databank]}: {RECOGNITION_LABELS[o.intervention.recognitionLevel].toLowerCase()}
            </TableCell>
            <TableCell>{TARGET_GROUP_LABELS[o.targetGroup]}</TableCell>
            <TableCell>{PREVENTION_LEVEL_LABELS[o.preventionLevel]}</TableCell>
            <TableCell>{o.provider}</TableCell>
            <TableCell>{o.districtCodes.length === districtCount ? t.allDistricts : t.districtCount(o.districtCodes.length)}</TableCell>
            <TableCell numeric>{count(o.capacity)}</TableCell>
            <TableCell numeric>{count(o.reachLastYear)}</TableCell>
            <TableCell numeric>{count(o.waitingWeeks)}</TableCell>
            {canEdit && (
              <TableCell>
                <Button
                  aria-label={t.remove(`${o.intervention.name} (${o.provider})`)}
                  disabled={loading}
                  onClick={() => void remove({ variables: { municipalityCode: code, id: o.id } })}
                >
                  {t.removeLabel}
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
