import { ErrorCode } from '@monitor/domain';
import { useQuery } from '@apollo/client/react';
import { QuestionnaireResponseDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalityYearChooser } from '../../app/response/MunicipalityYearChooser';
import { QuestionnaireForm } from './QuestionnaireForm';
import { useResponseParams } from '../../app/response/useResponseParams';

function NotFound() {
  useDocumentTitle(nl.questionnaire.notFoundTitle);
  return (
    <>
      <Heading level={1}>{nl.questionnaire.notFoundTitle}</Heading>
      <Paragraph>{nl.questionnaire.notFound}</Paragraph>
    </>
  );
}

function Questionnaire({ code, year }: { code: string; year: number }) {
  const { me } = useSession();
  // Always fresh: answer versions must be the server's, or the user's own earlier saves would conflict.
  const { data, loading, error } = useQuery(QuestionnaireResponseDocument, {
    variables: { municipalityCode: code, year },
    fetchPolicy: 'network-only',
  });
  const name = data?.response.municipality?.name ?? code;
  useDocumentTitle(data ? `${nl.questionnaire.title} ${year} ${name}` : nl.questionnaire.title);
  if (loading && !data) return <LoadingStatus />;
  if (error) return apiError(error).code === ErrorCode.NOT_FOUND ? <NotFound /> : <ErrorMessage />;
  if (!data) return <ErrorMessage />;
  const canEdit = me?.role === 'MUNICIPAL_EDITOR' && me.municipality?.code === code;
  const nji = me?.role === 'ADMIN' || me?.role === 'ANALYST';
  return (
    <>
      <QuestionnaireForm key={`${code}/${year}`} response={data.response} canEdit={canEdit} isAdmin={me?.role === 'ADMIN'} />
      {nji && <MunicipalityYearChooser base="/vragenlijst" code={code} year={year} />}
    </>
  );
}

export default function QuestionnairePage() {
  const params = useResponseParams();
  return <RequireSignIn>{params ? <Questionnaire code={params.code} year={params.year} /> : <NotFound />}</RequireSignIn>;
}
