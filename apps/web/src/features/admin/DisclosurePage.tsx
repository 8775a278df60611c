import { nlDisclosure } from '../../i18n/nl.disclosure';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { StatisticsDisclosureSection } from './StatisticsDisclosureSection';

/** Beheer → Openbaarmaking: per table (and later per benchmark) what is hidden and why. */
export default function DisclosurePage() {
  useDocumentTitle(nlDisclosure.title);
  return (
    <>
      <Heading level={1}>{nlDisclosure.title}</Heading>
      <Paragraph>{nlDisclosure.intro}</Paragraph>
      <StatisticsDisclosureSection />
    </>
  );
}
