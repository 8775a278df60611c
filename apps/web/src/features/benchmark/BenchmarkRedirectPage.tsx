import { Navigate } from 'react-router';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalityChooser } from './MunicipalityChooser';
import { useBenchmarkYears } from './useBenchmarkYears';

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
      <MunicipalityChooser year={year} years={years} />
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
