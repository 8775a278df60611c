import { weakestIndicatorKeys } from '@monitor/domain';
import { useIndicatorArticles } from '../../app/knowledge/useIndicatorArticles';
import { nlHome } from '../../i18n/nl.home';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';

const WEAKEST = 3;

interface HomeIndicator {
  key: string;
  label: string;
  value: number | null;
}

/** Knowledge-base articles behind the three indicators where the municipality scores lowest; nothing when there are none. */
export function WeakestIndicatorKnowledge({ indicators }: { indicators: readonly HomeIndicator[] }) {
  const articles = useIndicatorArticles();
  const weakest = weakestIndicatorKeys(indicators, WEAKEST).flatMap((key) => {
    const indicator = indicators.find((i) => i.key === key);
    const links = articles.get(key) ?? [];
    return indicator && links.length > 0 ? [{ indicator, links }] : [];
  });
  if (weakest.length === 0) return null;
  return (
    <section aria-labelledby="home-kennis-kop">
      <Heading level={2} id="home-kennis-kop">
        {nlHome.knowledge.heading}
      </Heading>
      <Paragraph>{nlHome.knowledge.intro}</Paragraph>
      {weakest.map(({ indicator, links }) => (
        <section key={indicator.key} aria-labelledby={`home-kennis-${indicator.key}`}>
          <Heading level={3} id={`home-kennis-${indicator.key}`}>
            {indicator.label}
          </Heading>
          <ul>
            {links.map((link) => (
              <li key={link.slug}>
                <RouterLink to={`/kennisbank/${link.slug}`}>{link.title}</RouterLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
