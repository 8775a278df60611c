import { nl } from '../../i18n/nl';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';

export default function AccessibilityPage() {
  useDocumentTitle(nl.accessibility.title);
  return (
    <>
      <Heading level={1}>{nl.accessibility.heading}</Heading>
      {nl.accessibility.body.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
    </>
  );
}
