import type { QuestionnaireResponseQuery, ResponseStatus } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';

type ResponseData = QuestionnaireResponseQuery['response'];

/** The questionnaire's title, a demo note, and municipality, status and period of the response. */
export function ResponseFacts({
  response,
  status,
  submittedAt,
}: {
  response: ResponseData;
  status: ResponseStatus;
  submittedAt: string | null | undefined;
}) {
  const t = nl.questionnaire;
  const { questionnaire } = response;
  const code = response.municipalityCode;
  const isDemo = response.isDemo || questionnaire.isDemo;
  return (
    <>
      <Heading level={1}>{questionnaire.title}</Heading>
      {isDemo && (
        <p className="monitor-demo-note">
          <span className="monitor-badge monitor-badge--demo">{t.demoBadge}</span> {t.demoExplanation}
        </p>
      )}
      <DataList
        items={[
          {
            key: 'municipality',
            label: nl.questionnaire.chooserMunicipality,
            value: `${response.municipality?.name ?? code} (${code})`,
          },
          {
            key: 'status',
            label: t.statusLabel,
            value: status === 'SUBMITTED' ? t.statusSubmitted(nl.dateTime(submittedAt)) : t.statusDraft,
          },
          {
            key: 'period',
            label: t.questionnaireStatus(nl.questionnaireStatus[questionnaire.status] ?? questionnaire.status),
            value:
              questionnaire.status === 'CLOSED'
                ? t.closedOn(nl.date(questionnaire.closesOn))
                : questionnaire.status === 'OPEN'
                  ? t.closesOn(nl.date(questionnaire.closesOn))
                  : t.opensOn(nl.date(questionnaire.opensOn)),
          },
        ]}
      />
    </>
  );
}
