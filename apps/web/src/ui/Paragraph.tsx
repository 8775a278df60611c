import { Paragraph as NlParagraph, type ParagraphProps } from '@nl-design-system-candidate/paragraph-react';
import '@nl-design-system-candidate/paragraph-css/paragraph.css';

export function Paragraph(props: ParagraphProps) {
  return <NlParagraph {...props} />;
}
