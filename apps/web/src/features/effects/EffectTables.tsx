import { RECOGNITION_LABELS } from '@monitor/domain';
import type { EffectPublicationsQuery } from '../../gql/__generated__/graphql';
import { nlEffects } from '../../i18n/nl.effects';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

const t = nlEffects;
type Publication = EffectPublicationsQuery['effectPublications'][number];

/** An intervention by its catalogue name and recognition level, linked to its catalogue entry; a district by its code. */
function GroupName({ publication }: { publication: Publication }) {
  const entry = publication.intervention;
  if (!entry) return <>{t.group(publication.kind, publication.subject)}</>;
  return (
    <>
      {t.catalogueEntry(entry.name, RECOGNITION_LABELS[entry.recognitionLevel])}{' '}
      <RouterLink to={`/aanbod/catalogus#interventie-${entry.code}`} aria-label={t.inCatalogue(entry.name)}>
        {t.toCatalogue}
      </RouterLink>
    </>
  );
}

function GroupCell({ publication, anchor }: { publication: Publication; anchor?: string }) {
  return (
    <TableHeaderCell scope="row" id={anchor}>
      <GroupName publication={publication} />
      {publication.status === 'EARLIER_RELEASE' && publication.releasedAt && (
        <span className="monitor-effects__note"> ({t.earlier(publication.releasedAt)})</span>
      )}
      {publication.synthetic && <span className="monitor-badge"> synthetisch</span>}
    </TableHeaderCell>
  );
}

/** The first change row of an intervention carries the anchor the catalogue and the offer table link to. */
function anchorOf(rows: readonly Publication[], index: number): string | undefined {
  const { kind, subject } = rows[index];
  if (kind !== 'INTERVENTION') return undefined;
  return rows.findIndex((row) => row.kind === kind && row.subject === subject) === index ? `effect-${subject}` : undefined;
}

function ProtectedCells({ span }: { span: number }) {
  return <TableCell colSpan={span}>{t.status.PROTECTED}</TableCell>;
}

export function ChangeSection({ publications }: { publications: readonly Publication[] }) {
  const rows = publications.filter((p) => p.measure !== 'AGREEMENT');
  return (
    <section aria-labelledby="effect-change">
      <Heading level={2} id="effect-change">
        {t.change.heading}
      </Heading>
      <Paragraph>{t.change.explanation}</Paragraph>
      <Table id="effect-change-table" caption={t.change.caption}>
        <TableHeader>
          <TableRow>
            {t.change.columns.map((column, index) => (
              <TableHeaderCell key={column} numeric={index >= 2}>
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((publication, index) => (
            <TableRow key={`${publication.kind}:${publication.subject}:${publication.measure}`}>
              <GroupCell publication={publication} anchor={anchorOf(rows, index)} />
              <TableCell>{t.rater[publication.measure.slice(7) as keyof typeof t.rater]}</TableCell>
              {publication.change ? (
                <>
                  <TableCell numeric>{publication.change.n}</TableCell>
                  <TableCell numeric>{t.number1(publication.change.meanFirst)}</TableCell>
                  <TableCell numeric>{t.number1(publication.change.meanLast)}</TableCell>
                  <TableCell numeric>{t.signed1(publication.change.meanChange)}</TableCell>
                  <TableCell numeric>{t.signed1(publication.change.medianChange)}</TableCell>
                  <TableCell numeric>{t.percent(publication.change.improvedShare)}</TableCell>
                </>
              ) : (
                <ProtectedCells span={6} />
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function AgreementSection({ publications }: { publications: readonly Publication[] }) {
  const rows = publications.filter((p) => p.measure === 'AGREEMENT');
  return (
    <section aria-labelledby="effect-agreement">
      <Heading level={2} id="effect-agreement">
        {t.agreement.heading}
      </Heading>
      <Paragraph>{t.agreement.explanation}</Paragraph>
      <Paragraph className="monitor-effects__note">{t.agreement.source}</Paragraph>
      <Table id="effect-agreement-table" caption={t.agreement.caption}>
        <TableHeader>
          <TableRow>
            {t.agreement.columns.map((column, index) => (
              <TableHeaderCell key={column} numeric={index >= 1 && index <= 3}>
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((publication) => (
            <TableRow key={`${publication.kind}:${publication.subject}`}>
              <GroupCell publication={publication} />
              {publication.agreement ? <AgreementCells agreement={publication.agreement} /> : <ProtectedCells span={6} />}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function AgreementCells({ agreement }: { agreement: NonNullable<Publication['agreement']> }) {
  return (
    <>
      <TableCell numeric>{agreement.n}</TableCell>
      <TableCell numeric>{agreement.units}</TableCell>
      <TableCell numeric>{agreement.alpha === null ? '–' : t.number2(agreement.alpha)}</TableCell>
      {agreement.pairs.map((pair) => (
        <TableCell key={`${pair.first}-${pair.second}`}>{t.agreement.pairCell(pair.meanDifference, pair.withinOnePointShare)}</TableCell>
      ))}
    </>
  );
}
