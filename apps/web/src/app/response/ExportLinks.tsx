import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';

/** Downloads of the answers and indicators (cookie-authenticated; plain links, no JavaScript). */
export function ExportLinks({ code, year, headingLevel = 2 }: { code: string; year: number; headingLevel?: 2 | 3 }) {
  const t = nl.questionnaire;
  const base = `/export/${encodeURIComponent(code)}/${year}`;
  const links = [
    [`${base}/antwoorden.csv`, t.exportAnswersCsv],
    [`${base}/antwoorden.xlsx`, t.exportAnswersXlsx],
    [`${base}/indicatoren.csv`, t.exportIndicatorsCsv],
    [`${base}/indicatoren.xlsx`, t.exportIndicatorsXlsx],
  ] as const;
  return (
    <section aria-labelledby="downloads" className="monitor-no-print">
      <Heading level={headingLevel} id="downloads">
        {t.exportsHeading}
      </Heading>
      <ul className="monitor-downloads">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} download>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
