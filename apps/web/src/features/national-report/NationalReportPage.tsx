import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NationalReportDocument, type NationalReportQuery } from '../../gql/__generated__/graphql';
import { useSession } from '../../app/session/useSession';
import { nlNationalReport } from '../../i18n/nl.nationalReport';
import { Alert } from '../../ui/Alert';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ReportTableSection } from './ReportTableSection';
import '../../app/figures/figures.css';
import './national-report.css';

const t = nlNationalReport.page;

type Report = NonNullable<NationalReportQuery['nationalReport']>;

function Chapter({ chapter }: { chapter: Report['chapters'][number] }) {
  return (
    <section aria-labelledby={`hoofdstuk-${chapter.key}`} className="monitor-report__chapter">
      <Heading level={2} id={`hoofdstuk-${chapter.key}`}>
        {chapter.title}
      </Heading>
      {chapter.paragraphs.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
      {chapter.tables.map((table) => (
        <ReportTableSection key={table.key} table={table} />
      ))}
    </section>
  );
}

function PracticeChapter({ report }: { report: Report }) {
  const { me } = useSession();
  return (
    <section aria-labelledby="hoofdstuk-praktijk" className="monitor-report__chapter">
      <Heading level={2} id="hoofdstuk-praktijk">
        {t.practiceTitle}
      </Heading>
      <Paragraph>{report.practiceNote}</Paragraph>
      {report.practiceExamples.length > 0 ? (
        <ul className="monitor-links">
          {report.practiceExamples.map((example) => (
            <li key={example.id}>
              <RouterLink to={`/praktijkvoorbeelden/${example.id}`}>{example.title}</RouterLink>
              {example.municipalityName && <span> ({example.municipalityName})</span>}. {example.measure}.{' '}
              {t.practiceIndicator(example.indicatorLabel ?? example.indicatorKey)}
              {example.bandLabel && `, ${t.practiceBand(example.bandLabel)}`}.
            </li>
          ))}
        </ul>
      ) : (
        me && <Paragraph>{t.practiceEmpty}</Paragraph>
      )}
    </section>
  );
}

function TableOfContents({ report }: { report: Report }) {
  return (
    <nav aria-label={t.tocLabel} className="monitor-no-print">
      <ul className="monitor-links">
        {report.chapters.map((chapter) => (
          <li key={chapter.key}>
            <a href={`#hoofdstuk-${chapter.key}`}>{chapter.title}</a>
          </li>
        ))}
        <li>
          <a href="#hoofdstuk-praktijk">{t.practiceTitle}</a>
        </li>
      </ul>
    </nav>
  );
}

/**
 * /jaarrapport/:year: the yearly national report. The server prints this same page to PDF; it waits
 * for `data-print-ready`, set only when the report (or the not-found text) is on screen.
 */
export default function NationalReportPage() {
  const year = Number(useParams().year);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const { data, loading, error, refetch } = useQuery(NationalReportDocument, { variables: { year }, skip: !valid });
  const report = data?.nationalReport ?? null;
  useDocumentTitle(report?.title ?? nlNationalReport.list.title);

  if (valid && loading && !data) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  if (!report) {
    return (
      <div data-print-ready="true">
        <Heading level={1}>{nlNationalReport.list.title}</Heading>
        <Paragraph>{t.notFound}</Paragraph>
        <Paragraph>
          <RouterLink to="/jaarrapport">{t.back}</RouterLink>
        </Paragraph>
      </div>
    );
  }
  return (
    <article className="monitor-report" data-print-ready="true">
      <Paragraph className="monitor-no-print">
        <RouterLink to="/jaarrapport">{t.back}</RouterLink>
      </Paragraph>
      <Heading level={1}>{report.title}</Heading>
      {report.isDemo && <Alert type="warning">{t.demo}</Alert>}
      <Paragraph>{t.disclosure(report.minimumGroupSize)}</Paragraph>
      <Paragraph className="monitor-no-print">
        <Link href={report.pdfUrl}>{t.pdf}</Link>
      </Paragraph>
      <TableOfContents report={report} />
      {report.chapters.map((chapter) => (
        <Chapter key={chapter.key} chapter={chapter} />
      ))}
      <PracticeChapter report={report} />
    </article>
  );
}
