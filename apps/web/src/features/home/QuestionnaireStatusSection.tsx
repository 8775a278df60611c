import type { MyMunicipalityHomeQuery } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';

type HomeResponse = MyMunicipalityHomeQuery['response'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from today until a calendar date (yyyy-mm-dd); 0 on the day itself. */
export function daysUntil(isoDate: string, today: Date = new Date()): number {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((date.getTime() - todayUtc) / DAY_MS);
}

/** What the user should do next with the questionnaire: fill in, continue, or view. */
function nextStep(response: HomeResponse, mayEdit: boolean): string {
  const open = response.questionnaire.status === 'OPEN';
  if (response.status === 'SUBMITTED' || !open || !mayEdit) return nlHome.questionnaire.view;
  return response.progress.percentage > 0 ? nlHome.questionnaire.resume : nlHome.questionnaire.start;
}

function StatusText({ response }: { response: HomeResponse }) {
  const t = nlHome.questionnaire;
  const { questionnaire, progress } = response;
  if (response.status === 'SUBMITTED' && response.submittedAt) return <Paragraph>{t.submitted(response.submittedAt)}</Paragraph>;
  if (questionnaire.status === 'DRAFT') return <Paragraph>{t.notOpen}</Paragraph>;
  return (
    <>
      <Paragraph>{t.draft(progress.percentage, progress.missingRequired.length)}</Paragraph>
      <Paragraph>{questionnaire.status === 'OPEN' ? t.daysLeft(daysUntil(questionnaire.closesOn)) : t.closed}</Paragraph>
    </>
  );
}

/** The questionnaire of the current year: period, status, deadline and a link to the next step. */
export function QuestionnaireStatusSection({ response, mayEdit }: { response: HomeResponse; mayEdit: boolean }) {
  const t = nlHome.questionnaire;
  const { questionnaire } = response;
  return (
    <section aria-labelledby="home-vragenlijst-kop">
      <Heading level={2} id="home-vragenlijst-kop">
        {t.heading(response.year)}
      </Heading>
      <Paragraph>{t.period(questionnaire.opensOn, questionnaire.closesOn)}</Paragraph>
      <StatusText response={response} />
      {questionnaire.status !== 'DRAFT' && (
        <Paragraph>
          <RouterLink to={`/vragenlijst/${response.municipalityCode}/${response.year}`}>{nextStep(response, mayEdit)}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
