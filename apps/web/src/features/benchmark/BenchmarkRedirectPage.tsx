import { Navigate } from 'react-router';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalityYearForm, type ChooserTexts } from '../../app/response/MunicipalityYearChooser';
import { useBenchmarkYears } from './useBenchmarkYears';

const CHOOSER_TEXTS: ChooserTexts = {
  heading: nlBenchmark.benchmark.chooserHeading,
  intro: nlBenchmark.benchmark.chooserIntro,
  municipality: nlBenchmark.benchmark.municipality,
  choose: nlBenchmark.benchmark.chooseMunicipality,
  year: nlBenchmark.benchmark.year,
  submit: nlBenchmark.benchmark.show,
};

function Redirect() {
  const { me } = useSession();
  const { years, newestYear, loading, error } = useBenchmarkYears();
  const t = nlBenchmark.benchmark;
  if (loading) return <LoadingStatus />;
  if (error) return <ErrorMessage />;
  const year = newestYear ?? years[0] ?? null;
  if (year === null) {
    return (
      <>
        <Heading level={1}>{t.title}</Heading>
        <Paragraph>{t.noYears}</Paragraph>
      </>
    );
  }
  if (me?.municipality) return <Navigate to={`/vergelijken/${me.municipality.code}/${year}`} replace />;
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <MunicipalityYearForm base="/vergelijken" year={year} years={years} texts={CHOOSER_TEXTS} missingMessage={t.chooseMunicipality} primary />
    </>
  );
}

/** /vergelijken: to the own municipality and the newest year with benchmarks; NJi staff choose. */
export default function BenchmarkRedirectPage() {
  useDocumentTitle(nlBenchmark.benchmark.title);
  return (
    <RequireSignIn>
      <Redirect />
    </RequireSignIn>
  );
}
