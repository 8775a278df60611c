import type { ReactNode } from 'react';
import type { SessionUser_UserFragment } from '../../gql/__generated__/graphql';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from './RequireSignIn';
import { useSession } from './useSession';

export type SessionUser = SessionUser_UserFragment;

interface RoleGateProps {
  /** Whether this signed-in user may use the page (the server checks every operation again). */
  allows: (me: SessionUser) => boolean;
  /** The page's heading, shown above the notice to a user it does not allow. */
  heading: string;
  /** Why the page is not for this user. */
  notice: string;
  /** The page itself; a function receives the signed-in user. It must not call hooks itself. */
  children: ReactNode | ((me: SessionUser) => ReactNode);
}

/**
 * An editor page: anonymous visitors are sent to sign in first; a signed-in user the page is not for
 * sees its heading and a notice; everyone else sees the page.
 */
export function RoleGate(props: RoleGateProps) {
  return (
    <RequireSignIn>
      <SignedInGate {...props} />
    </RequireSignIn>
  );
}

function SignedInGate({ allows, heading, notice, children }: RoleGateProps) {
  const { me } = useSession();
  if (!me || !allows(me)) {
    return (
      <>
        <Heading level={1}>{heading}</Heading>
        <Paragraph>{notice}</Paragraph>
      </>
    );
  }
  return <>{typeof children === 'function' ? children(me) : children}</>;
}
