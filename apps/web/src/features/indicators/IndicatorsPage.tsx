import { ErrorCode } from '@monitor/domain';
import { useQuery } from '@apollo/client/react';
import type { Band } from '@monitor/domain';
import { IndicatorDashboardDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ExportLinks } from '../../app/response/ExportLinks';
import { MunicipalityYearChooser } from '../../app/response/MunicipalityYearChooser';
import { useResponseParams } from '../../app/response/useResponseParams';
import { IndicatorCard } from './IndicatorCard';
import { useIndicatorArticles } from '../../app/knowledge/useIndicatorArticles';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorTable } from './IndicatorTable';
import './indicators.css';

const DEFAULT_THRESHOLDS = { partial: 40, high: 75 };

function NotFound() {
  useDocumentTitle(nl.questionnaire.notFoundTitle);
  return (
    <>
      <Heading level={1}>{nl.questionnaire.notFoundTitle}</Heading>
      <Paragraph>{nl.questionnaire.notFound}</Paragraph>
    </>
  );
}

function Dashboard({ code, year }: { code: string; year: number }) {
  const t = nl.indicators;
  const { me } = useSession();
  const articles = useIndicatorArticles();
  const { data, loading, error } = useQuery(IndicatorDashboardDocument, {
    variables: { municipalityCode: code, year },
    fetchPolicy: 'network-only',
  });
  const name = data?.response.municipality?.name ?? code;
  useDocumentTitle(data ? `${t.title} ${year} ${name}` : t.title);
  if (loading && !data) return <LoadingStatus />;
  if (error) return apiError(error).code === ErrorCode.NOT_FOUND ? <NotFound /> : <ErrorMessage />;
  if (!data) return <ErrorMessage />;

  const { indicators, response } = data;
  const computed = indicators.some((i) => i.computed);
  const thresholds = response.questionnaire.indicators[0]?.thresholds ?? DEFAULT_THRESHOLDS;
  const isDemo = response.isDemo || response.questionnaire.isDemo;
  const themes = [...new Set(indicators.map((i) => i.theme))];
  const computedAt = indicators.find((i) => i.computedAt)?.computedAt ?? response.submittedAt;
  const nji = me?.role === 'ADMIN' || me?.role === 'ANALYST';

  return (
    <div className="monitor-indicators">
      <Heading level={1}>{t.heading(name, year)}</Heading>
      {isDemo && (
        <p className="monitor-demo-note">
          <span className="monitor-badge monitor-badge--demo">{nl.questionnaire.demoBadge}</span> {nl.questionnaire.demoExplanation}
        </p>
      )}
      <div className="monitor-actions monitor-no-print">
        <Button onClick={() => window.print()}>{t.print}</Button>
        <RouterLink to={`/vragenlijst/${code}/${year}`}>{t.toQuestionnaire}</RouterLink>
      </div>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>{t.unknownNote}</Paragraph>

      {!computed ? (
        <Alert type="info">{t.notSubmitted}</Alert>
      ) : (
        <>
          {computedAt && <Paragraph>{t.computedAt(nl.dateTime(computedAt))}</Paragraph>}
          <IndicatorChartSection indicators={indicators} thresholds={thresholds} name={name} year={year} />
          <section aria-labelledby="indicatoren-tabel-kop">
            <Heading level={2} id="indicatoren-tabel-kop">
              {t.tableHeading}
            </Heading>
            <IndicatorTable indicators={indicators} caption={t.caption(name, year)} />
          </section>
          <section aria-labelledby="indicatoren-kaarten">
            <Heading level={2} id="indicatoren-kaarten">
              {t.cardsHeading}
            </Heading>
            {themes.map((theme) => (
              <div key={theme} className="monitor-indicators__theme">
                {indicators
                  .filter((i) => i.theme === theme)
                  .map((indicator) => (
                    <IndicatorCard key={indicator.key} indicator={indicator} articles={articles.get(indicator.key)} />
                  ))}
              </div>
            ))}
          </section>
        </>
      )}
      <ExportLinks code={code} year={year} />
      {nji && <MunicipalityYearChooser base="/indicatoren" code={code} year={year} />}
    </div>
  );
}

function IndicatorChartSection({
  indicators,
  thresholds,
  name,
  year,
}: {
  indicators: { key: string; label: string; value: number | null; band: Band | null }[];
  thresholds: { partial: number; high: number };
  name: string;
  year: number;
}) {
  const t = nl.indicators;
  return (
    <section aria-labelledby="indicatoren-overzicht" className="monitor-indicators__chart">
      <Heading level={2} id="indicatoren-overzicht">
        {t.chartHeading}
      </Heading>
      <p id="indicatoren-grafiek-titel" className="monitor-chart__title">
        {t.chartTitle(name, year)}
      </p>
      <p id="indicatoren-grafiek-uitleg" className="monitor-hint">
        {t.chartDescription(thresholds.partial, thresholds.high)} {t.legend(thresholds.partial, thresholds.high)}
      </p>
      <IndicatorChart
        rows={indicators.map((i) => ({ key: i.key, label: i.label, value: i.value, band: i.band }))}
        thresholds={thresholds}
        titleId="indicatoren-grafiek-titel"
        descriptionId="indicatoren-grafiek-uitleg"
      />
    </section>
  );
}

export default function IndicatorsPage() {
  const params = useResponseParams();
  return <RequireSignIn>{params ? <Dashboard code={params.code} year={params.year} /> : <NotFound />}</RequireSignIn>;
}
