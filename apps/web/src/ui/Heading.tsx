import type { Ref } from 'react';
import { Heading as NlHeading, type HeadingProps } from '@nl-design-system-candidate/heading-react';
import '@nl-design-system-candidate/heading-css/heading.css';

export type { HeadingProps };

export function Heading(props: HeadingProps & { ref?: Ref<HTMLHeadingElement> }) {
  return <NlHeading {...props} />;
}
