import { ErrorCode } from '@monitor/domain';
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  RespondToSharingAgreementDocument,
  SharingAgreementsDocument,
  WithdrawFromSharingAgreementDocument,
  type AgreementCard_AgreementFragment,
} from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AgreementCard } from './AgreementCard';
import { ProposeAgreementForm } from './ProposeAgreementForm';
import './sharing.css';

type Notice = { type: 'ok' | 'error'; text: string; id: number };

function Agreements() {
  const t = nlBenchmark.sharing;
  const { me } = useSession();
  const isAnalyst = me?.role === 'ANALYST';
  const isEditor = me?.role === 'MUNICIPAL_EDITOR' && Boolean(me.municipality);
  const ownCode = me?.municipality?.code ?? null;
  const { data, loading, error, refetch } = useQuery(SharingAgreementsDocument, { skip: isAnalyst });
  const [respond, responding] = useMutation(RespondToSharingAgreementDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawFromSharingAgreementDocument);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The buttons that were pressed disappear; the outcome takes focus so it is read out.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const report = (type: Notice['type'], text: string) => setNotice({ type, text, id: Date.now() });
  const failed = (problem: unknown) => {
    const e = apiError(problem);
    if (e.code === ErrorCode.CONFLICT || e.code === ErrorCode.NOT_FOUND) void refetch();
    report('error', e.code === ErrorCode.CONFLICT ? t.conflict : e.message);
  };

  const actions = isEditor
    ? {
        busy: responding.loading || withdrawing.loading,
        respond: (agreement: AgreementCard_AgreementFragment, accept: boolean) => {
          respond({ variables: { id: agreement.id, accept } })
            .then(() => report('ok', accept ? t.accepted(agreement.title) : t.declined(agreement.title)))
            .catch(failed);
        },
        withdraw: (agreement: AgreementCard_AgreementFragment) => {
          withdraw({ variables: { id: agreement.id } })
            .then(() => report('ok', t.withdrawn(agreement.title)))
            .catch(failed);
        },
      }
    : null;

  const agreements = data?.sharingAgreements ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <section aria-labelledby="wat-betekent-delen">
        <Heading level={2} id="wat-betekent-delen">
          {t.explanationHeading}
        </Heading>
        <ul className="monitor-agreement-explanation">
          {t.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {me?.role === 'MUNICIPAL_VIEWER' && <Paragraph>{t.viewerNote}</Paragraph>}
        {me?.role === 'ADMIN' && <Paragraph>{t.adminNote}</Paragraph>}
        {isAnalyst && <Paragraph>{t.analystNote}</Paragraph>}
      </section>

      {notice && (
        <Alert key={notice.id} ref={noticeRef} tabIndex={-1} type={notice.type} role={notice.type === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </Alert>
      )}

      {!isAnalyst && (
        <section aria-labelledby="afspraken-lijst">
          <Heading level={2} id="afspraken-lijst">
            {me?.role === 'ADMIN' ? t.listHeadingAll : t.listHeading}
          </Heading>
          {loading && !data ? (
            <LoadingStatus />
          ) : error ? (
            <ErrorMessage />
          ) : agreements.length === 0 ? (
            <Paragraph>{t.none}</Paragraph>
          ) : (
            agreements.map((agreement) => <AgreementCard key={agreement.id} agreement={agreement} ownCode={ownCode} actions={actions} />)
          )}
        </section>
      )}

      {isEditor && ownCode && <ProposeAgreementForm code={ownCode} onProposed={(agreement) => report('ok', t.proposed(agreement.title))} />}
    </>
  );
}

/** /afspraken: the sharing agreements of the own municipality (administrators: all). */
export default function AgreementsPage() {
  useDocumentTitle(nlBenchmark.sharing.title);
  return (
    <RequireSignIn>
      <Agreements />
    </RequireSignIn>
  );
}
