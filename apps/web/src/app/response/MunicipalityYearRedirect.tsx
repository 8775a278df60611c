import { Navigate } from 'react-router';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../session/RequireSignIn';
import { useSession } from '../session/useSession';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalityYearChooser } from './MunicipalityYearChooser';
import { useCurrentYear } from './useCurrentYear';

function Redirect({ base, title }: { base: string; title: string }) {
  const { me } = useSession();
  const { currentYear, loading, error } = useCurrentYear();
  if (loading) return <LoadingStatus />;
  if (error) return <ErrorMessage />;
  if (!currentYear) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{nl.questionnaire.noQuestionnaire}</Paragraph>
      </>
    );
  }
  if (me?.municipality) return <Navigate to={`${base}/${me.municipality.code}/${currentYear}`} replace />;
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <MunicipalityYearChooser base={base} />
    </>
  );
}

/** /vragenlijst and /indicatoren: to the own municipality and the current year, or (NJi) a chooser. */
export function MunicipalityYearRedirect({ base, title }: { base: string; title: string }) {
  useDocumentTitle(title);
  return (
    <RequireSignIn>
      <Redirect base={base} title={title} />
    </RequireSignIn>
  );
}

export default function QuestionnaireRedirectPage() {
  return <MunicipalityYearRedirect base="/vragenlijst" title={nl.questionnaire.title} />;
}
