import { useQuery } from '@apollo/client/react';
import { MunicipalityVeiligThuis } from '../../app/figures/MunicipalityVeiligThuis';
import { useCurrentYear } from '../../app/response/useCurrentYear';
import { WeakestIndicatorExamples } from '../../app/practice/WeakestIndicatorExamples';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { MyMunicipalityHomeDocument } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { IndicatorSummarySection } from './IndicatorSummarySection';
import { NationalOverview } from './NationalOverview';
import { QuestionnaireStatusSection } from './QuestionnaireStatusSection';
import { SharingSummarySection } from './SharingSummarySection';
import { ForumNewAnswersSection } from './ForumNewAnswersSection';
import { BenchmarkPositionSection } from './BenchmarkPositionSection';
import { WeakestIndicatorKnowledge } from './WeakestIndicatorKnowledge';

/** The questionnaire and indicators of the current year (nothing to show before the first questionnaire). */
function YearSections({ code, year, mayEdit }: { code: string; year: number; mayEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(MyMunicipalityHomeDocument, { variables: { code, year } });
  if (loading && !data) return <LoadingStatus />;
  if (error && !data) return <ErrorMessage onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <>
      <QuestionnaireStatusSection response={data.response} mayEdit={mayEdit} />
      <IndicatorSummarySection code={code} year={year} indicators={data.indicators} />
      <WeakestIndicatorExamples code={code} indicators={data.indicators} />
      <WeakestIndicatorKnowledge indicators={data.indicators} />
    </>
  );
}

function MunicipalityHome({ code, name, mayEdit }: { code: string; name: string; mayEdit: boolean }) {
  useDocumentTitle(nlHome.title);
  const { currentYear, loading, error } = useCurrentYear();
  return (
    <>
      <Heading level={1}>{nlHome.heading(name)}</Heading>
      <Paragraph>{nlHome.intro}</Paragraph>
      {loading && <LoadingStatus />}
      {error && <ErrorMessage />}
      {!loading && !error && currentYear === null && <Paragraph>{nlHome.questionnaire.none}</Paragraph>}
      {currentYear !== null && <YearSections code={code} year={currentYear} mayEdit={mayEdit} />}
      {currentYear !== null && <BenchmarkPositionSection code={code} name={name} year={currentYear} />}
      <MunicipalityVeiligThuis code={code} name={name} />
      <SharingSummarySection code={code} year={currentYear} />
      <ForumNewAnswersSection />
    </>
  );
}

function NoMunicipality() {
  useDocumentTitle(nlHome.title);
  return (
    <>
      <Heading level={1}>{nlHome.title}</Heading>
      <Paragraph>{nlHome.noMunicipality}</Paragraph>
      <Paragraph>
        <RouterLink to="/gemeenten">{nlHome.toMunicipalities}</RouterLink>
      </Paragraph>
    </>
  );
}

function HomeForUser() {
  const { me } = useSession();
  if (!me) return null;
  if (me.municipality) {
    return <MunicipalityHome code={me.municipality.code} name={me.municipality.name} mayEdit={me.role === 'MUNICIPAL_EDITOR'} />;
  }
  if (me.role === 'ADMIN' || me.role === 'ANALYST') return <NationalOverview role={me.role} />;
  return <NoMunicipality />;
}

/** /mijn-gemeente: where users land after login; NJi staff get the national overview. */
export default function MyMunicipalityPage() {
  return (
    <RequireSignIn>
      <HomeForUser />
    </RequireSignIn>
  );
}
