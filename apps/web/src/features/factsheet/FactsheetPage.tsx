import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { FactsheetDocument } from '../../gql/__generated__/graphql';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { DataList } from '../../ui/DataList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { FactsheetBody } from './FactsheetBody';
import '../../app/figures/figures.css';
import './factsheet.css';

const t = nlFactsheet.page;

/**
 * /factsheets/:slug: a published factsheet. The server prints this same page to PDF; it waits for
 * `data-print-ready`, which is set only when the factsheet with its maps (or the not-found text) is on screen.
 */
export default function FactsheetPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FactsheetDocument, { variables: { slug } });
  const factsheet = data?.factsheet ?? null;
  useDocumentTitle(factsheet?.title ?? nlFactsheet.list.title);

  if (loading && !data) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  if (!factsheet) {
    return (
      <div data-print-ready="true">
        <Heading level={1}>{nlFactsheet.list.title}</Heading>
        <Paragraph>{t.notFound}</Paragraph>
        <Paragraph>
          <RouterLink to="/factsheets">{t.back}</RouterLink>
        </Paragraph>
      </div>
    );
  }
  return (
    <article className="monitor-factsheet">
      <Paragraph className="monitor-no-print">
        <RouterLink to="/factsheets">{t.back}</RouterLink>
      </Paragraph>
      <Heading level={1}>{factsheet.title}</Heading>
      <DataList
        items={[
          { key: 'year', label: t.yearLabel, value: t.year(factsheet.year) },
          {
            key: 'published',
            label: t.publishedLabel,
            value: factsheet.publishedAt ? t.published(factsheet.publishedAt, factsheet.revision ?? 1) : '',
          },
        ]}
      />
      {factsheet.pdfUrl && (
        <Paragraph className="monitor-no-print">
          <Link href={factsheet.pdfUrl}>{t.pdf}</Link>
        </Paragraph>
      )}
      <FactsheetBody introHtml={factsheet.introHtml} conclusionHtml={factsheet.conclusionHtml} blocks={factsheet.blocks} />
    </article>
  );
}
