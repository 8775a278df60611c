import { useQuery } from '@apollo/client/react';
import { EffectScoresDocument } from '../../gql/__generated__/graphql';
import { nlEffects } from '../../i18n/nl.effects';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

const t = nlEffects.scores;

/** The municipality's own stored scores, pseudonymised (the municipality itself and NJi only). */
export function EffectScoresTable({ municipalityCode }: { municipalityCode: string }) {
  const { data, loading, error, refetch } = useQuery(EffectScoresDocument, {
    variables: { municipalityCode, first: 200 },
    fetchPolicy: 'cache-and-network',
  });
  const scores = data?.effectScores ?? [];
  return (
    <section aria-labelledby="effect-scores">
      <Heading level={2} id="effect-scores">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      {loading && !data && <LoadingStatus />}
      {error && <ErrorMessage onRetry={() => void refetch()} />}
      {data && scores.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {scores.length > 0 && (
        <Table id="effect-scores-table" caption={t.caption}>
          <TableHeader>
            <TableRow>
              {t.columns.map((column, index) => (
                <TableHeaderCell key={column} numeric={index === 1 || index === 3}>
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {scores.map((score) => (
              <TableRow key={`${score.trajectory}-${score.moment}-${score.rater}`}>
                <TableCell>
                  <code>{score.trajectory}</code>
                  {score.synthetic && <span className="monitor-badge"> synthetisch</span>}
                </TableCell>
                <TableCell numeric>{score.moment}</TableCell>
                <TableCell>{nlEffects.rater[score.rater]}</TableCell>
                <TableCell numeric>{score.score}</TableCell>
                <TableCell>{score.intervention}</TableCell>
                <TableCell>{score.districtCode ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
