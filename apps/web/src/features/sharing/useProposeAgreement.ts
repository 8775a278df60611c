import { useMutation } from '@apollo/client/react';
import { ProposeSharingAgreementDocument, SharingAgreementsDocument } from '../../gql/__generated__/graphql';

/** The "propose an agreement" mutation; the new agreement goes on top of the cached list of agreements. */
export function useProposeAgreement() {
  return useMutation(ProposeSharingAgreementDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: SharingAgreementsDocument }, (current) =>
        current ? { sharingAgreements: [data.proposeSharingAgreement, ...current.sharingAgreements] } : current,
      );
    },
  });
}
