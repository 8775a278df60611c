import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { indexQuestions, type Question, ErrorCode } from '@monitor/domain';
import { ResponseHistoryDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { formatAnswer, toDefinition } from './definition';
import { useResponseParams } from '../../app/response/useResponseParams';

const HISTORY_SIZE = 1000;

function History({ code, year }: { code: string; year: number }) {
  const t = nl.history;
  const { data, loading, error } = useQuery(ResponseHistoryDocument, {
    variables: { municipalityCode: code, year, first: HISTORY_SIZE },
    fetchPolicy: 'network-only',
  });
  const questionnaire = data?.response.questionnaire;
  const byKey = useMemo(() => (questionnaire ? indexQuestions(toDefinition(questionnaire)) : new Map<string, Question>()), [questionnaire]);
  if (loading && !data) return <LoadingStatus />;
  if (error || !data) {
    return apiError(error).code === ErrorCode.NOT_FOUND ? (
      <>
        <Heading level={1}>{nl.questionnaire.notFoundTitle}</Heading>
        <Paragraph>{nl.questionnaire.notFound}</Paragraph>
      </>
    ) : (
      <ErrorMessage />
    );
  }
  const { response } = data;
  const name = response.municipality?.name ?? code;
  return (
    <>
      <Heading level={1}>{t.heading(name, year)}</Heading>
      {response.isDemo && (
        <p className="monitor-demo-note">
          <span className="monitor-badge monitor-badge--demo">{nl.questionnaire.demoBadge}</span> {nl.questionnaire.demoExplanation}
        </p>
      )}
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>
        <RouterLink to={`/vragenlijst/${code}/${year}`}>{nl.questionnaire.toQuestionnaire}</RouterLink>
      </Paragraph>
      {response.history.length === 0 ? (
        <Paragraph>{t.none}</Paragraph>
      ) : (
        <Table id="geschiedenis" caption={t.caption(response.history.length)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnWhen}</TableHeaderCell>
              <TableHeaderCell>{t.columnWho}</TableHeaderCell>
              <TableHeaderCell>{t.columnWhat}</TableHeaderCell>
              <TableHeaderCell>{t.columnOld}</TableHeaderCell>
              <TableHeaderCell>{t.columnNew}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {response.history.map((change) => {
              const question = change.questionKey ? byKey.get(change.questionKey) : undefined;
              const isAnswer = change.kind === 'ANSWER' || change.kind === 'PREFILL';
              return (
                <TableRow key={change.id}>
                  <TableCell>{nl.dateTime(change.changedAt)}</TableCell>
                  <TableCell>{change.changedBy ?? t.unknownPerson}</TableCell>
                  <TableCell>
                    <strong>{t.kinds[change.kind] ?? change.kind}</strong>
                    {change.questionKey && <>: {question?.label ?? change.questionKey}</>}
                    {change.note && <> ({change.note})</>}
                  </TableCell>
                  <TableCell>{isAnswer ? formatAnswer(question, change.oldValue) : ''}</TableCell>
                  <TableCell>{isAnswer ? formatAnswer(question, change.newValue) : ''}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}

export default function HistoryPage() {
  const params = useResponseParams();
  useDocumentTitle(nl.history.title);
  return (
    <RequireSignIn>
      {params ? (
        <History code={params.code} year={params.year} />
      ) : (
        <>
          <Heading level={1}>{nl.questionnaire.notFoundTitle}</Heading>
          <Paragraph>{nl.questionnaire.notFound}</Paragraph>
        </>
      )}
    </RequireSignIn>
  );
}
