import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

export default function NoAccessPage() {
  useDocumentTitle(nl.noAccess.title);
  return (
    <>
      <Heading level={1}>{nl.noAccess.title}</Heading>
      <Paragraph>{nl.noAccess.body}</Paragraph>
      <Paragraph>
        <RouterLink to="/account">{nl.noAccess.toAccount}</RouterLink>
      </Paragraph>
    </>
  );
}
