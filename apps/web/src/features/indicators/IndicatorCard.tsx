import type { IndicatorDashboard_IndicatorFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { nlKnowledge } from '../../i18n/nl.knowledge';
import type { ArticleLink } from '../../app/knowledge/useIndicatorArticles';
import { PracticeExamplesLink } from '../../app/practice/PracticeExamplesLink';
import { Paragraph } from '../../ui/Paragraph';
import { bandText, changeText, formatValue } from './bands';

/** One indicator: value, band in words, change since last year, what it is based on, tips and "Meer weten" links. */
export function IndicatorCard({ indicator, articles = [] }: { indicator: IndicatorDashboard_IndicatorFragment; articles?: readonly ArticleLink[] }) {
  const t = nl.indicators;
  const headingId = `indicator-${indicator.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const band = indicator.band ?? 'NONE';
  return (
    <section aria-labelledby={headingId} className={`monitor-card monitor-indicator monitor-indicator--${band.toLowerCase()}`}>
      <Heading level={3} id={headingId}>
        {indicator.label}
      </Heading>
      <Paragraph>{indicator.description}</Paragraph>
      <DataList
        items={[
          { key: 'value', label: t.columnValue, value: indicator.value === null ? t.noValue : t.value(formatValue(indicator.value)) },
          {
            key: 'band',
            label: t.band,
            value: <span className="monitor-band">{bandText(indicator.band, indicator.bandLabel)}</span>,
          },
          { key: 'change', label: t.columnChange, value: changeText(indicator.change, indicator.previousYear) },
        ]}
      />
      {indicator.value === null && <Paragraph>{t.noValueExplanation}</Paragraph>}
      {indicator.total !== null && indicator.known !== null && (
        <ul className="monitor-indicator__counts">
          <li>{t.counts(indicator.known, indicator.total)}</li>
          {(indicator.unknown ?? 0) > 0 && <li>{t.unknownCount(indicator.unknown ?? 0)}</li>}
          {(indicator.missing ?? 0) > 0 && <li>{t.missingCount(indicator.missing ?? 0)}</li>}
        </ul>
      )}
      {indicator.tips.length > 0 && (
        <>
          <Heading level={4}>{t.tips}</Heading>
          <ul className="monitor-indicator__tips">
            {indicator.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </>
      )}
      {articles.length > 0 && (
        <div className="monitor-indicator__more">
          <Paragraph id={`${headingId}-meer`}>
            <strong>{nlKnowledge.moreInfo}</strong>
          </Paragraph>
          <ul aria-labelledby={`${headingId}-meer`}>
            {articles.map((article) => (
              <li key={article.slug}>
                <RouterLink to={`/kennisbank/${article.slug}`}>{article.title}</RouterLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PracticeExamplesLink indicatorKey={indicator.key} indicatorLabel={indicator.label} />
    </section>
  );
}
