import { nl } from '../i18n/nl';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export default function NotFoundPage() {
  useDocumentTitle(nl.notFound.title);
  return (
    <>
      <Heading level={1}>{nl.notFound.title}</Heading>
      <Paragraph>{nl.notFound.body}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{nl.municipality.backToMap}</RouterLink>
      </Paragraph>
    </>
  );
}
