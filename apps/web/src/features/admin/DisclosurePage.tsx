import { nlDisclosure } from '../../i18n/nl.disclosure';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { ReactNode } from 'react';
import { StatisticsDisclosureSection } from './StatisticsDisclosureSection';

/**
 * Beheer → Openbaarmaking: per CBS table and per benchmark what is hidden and why. The benchmark
 * section belongs to the benchmark feature; the router passes it in (features do not import each other).
 */
export default function DisclosurePage({ benchmarkSection }: { benchmarkSection?: ReactNode }) {
  useDocumentTitle(nlDisclosure.title);
  return (
    <>
      <Heading level={1}>{nlDisclosure.title}</Heading>
      <Paragraph>{nlDisclosure.intro}</Paragraph>
      <StatisticsDisclosureSection />
      {benchmarkSection}
    </>
  );
}
