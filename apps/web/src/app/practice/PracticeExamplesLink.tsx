import { nlPractice } from '../../i18n/nl.practice';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { useSession } from '../session/useSession';

/** "Praktijkvoorbeelden" for one indicator, for signed-in participants (who are the only ones who may read them). */
export function PracticeExamplesLink({ indicatorKey, indicatorLabel }: { indicatorKey: string; indicatorLabel: string }) {
  const { me } = useSession();
  if (!me) return null;
  return (
    <Paragraph>
      <RouterLink to={`/praktijkvoorbeelden?indicator=${encodeURIComponent(indicatorKey)}`}>{nlPractice.linkFor(indicatorLabel)}</RouterLink>
    </Paragraph>
  );
}
