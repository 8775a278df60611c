import { useQuery } from '@apollo/client/react';
import { weakestIndicatorKeys } from '@monitor/domain';
import { PracticeLinksDocument } from '../../gql/__generated__/graphql';
import { nlPractice } from '../../i18n/nl.practice';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';

const WEAKEST = 3;
const SHOWN = 5;

/** Other municipalities' practice examples for the three indicators where this municipality scores lowest; nothing when there are none. */
export function WeakestIndicatorExamples({ code, indicators }: { code: string; indicators: readonly { key: string; value: number | null }[] }) {
  const weakest = weakestIndicatorKeys(indicators, WEAKEST);
  const { data } = useQuery(PracticeLinksDocument, { variables: { first: 100 }, skip: weakest.length === 0 });
  const examples = (data?.practiceExamples ?? [])
    .filter((example) => weakest.includes(example.indicatorKey) && example.municipalityCode !== code)
    .sort((a, b) => weakest.indexOf(a.indicatorKey) - weakest.indexOf(b.indicatorKey))
    .slice(0, SHOWN);
  if (examples.length === 0) return null;
  return (
    <section aria-labelledby="home-praktijkvoorbeelden">
      <Heading level={2} id="home-praktijkvoorbeelden">
        {nlPractice.home.heading}
      </Heading>
      <ul>
        {examples.map((example) => (
          <li key={example.id}>
            <RouterLink to={`/praktijkvoorbeelden/${example.id}`}>{example.title}</RouterLink> (
            {nlPractice.home.context(example.municipalityName ?? example.municipalityCode, example.indicatorLabel ?? example.indicatorKey)})
          </li>
        ))}
      </ul>
    </section>
  );
}
