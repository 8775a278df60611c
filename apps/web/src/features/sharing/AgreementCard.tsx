import { useEffect, useRef, useState } from 'react';
import type { AgreementCard_AgreementFragment } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import './sharing.css';

export interface AgreementActions {
  respond: (agreement: AgreementCard_AgreementFragment, accept: boolean) => void;
  withdraw: (agreement: AgreementCard_AgreementFragment) => void;
  busy: boolean;
}

/**
 * One agreement: status, region, dates and every member with its answer. For an editor of a member
 * municipality: accept or decline an invitation, or withdraw (after a confirmation).
 */
export function AgreementCard({
  agreement,
  ownCode,
  actions,
}: {
  agreement: AgreementCard_AgreementFragment;
  /** the signed-in user's municipality, to mark it and find its invitation */
  ownCode: string | null;
  /** only for editors; viewers and administrators see the agreement without buttons */
  actions: AgreementActions | null;
}) {
  const t = nlBenchmark.sharing;
  const own = ownCode ? agreement.members.find((m) => m.municipalityCode === ownCode) : undefined;
  const invited = agreement.status === 'PROPOSED' && own?.state === 'INVITED';
  const mayWithdraw = agreement.status !== 'ENDED' && own?.state === 'ACCEPTED';
  const headingId = `afspraak-${agreement.id}`;

  const dates = [
    { key: 'regio', label: t.region, value: `${t.scopeLabel[agreement.scope] ?? agreement.scope} ${agreement.regionName}` },
    { key: 'voorgesteld', label: t.proposedOn, value: nlBenchmark.date(agreement.createdAt) },
    ...(agreement.activatedAt ? [{ key: 'actief', label: t.activeSince, value: nlBenchmark.date(agreement.activatedAt) }] : []),
    ...(agreement.endedAt ? [{ key: 'beeindigd', label: t.endedOn, value: nlBenchmark.date(agreement.endedAt) }] : []),
  ];

  return (
    <article className="monitor-agreement" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {agreement.title}
      </Heading>
      <Paragraph>
        {t.statusLabel}: <span className="monitor-agreement__status">{t.status[agreement.status] ?? agreement.status}</span>
      </Paragraph>
      <DataList items={dates} />
      <MembersTable agreement={agreement} ownCode={ownCode} />
      {actions && invited && (
        <>
          <Paragraph>
            <strong>{t.invitation}</strong>
          </Paragraph>
          <div className="monitor-agreement__actions">
            <Button appearance="primary-action-button" disabled={actions.busy} onClick={() => actions.respond(agreement, true)}>
              {t.accept}
            </Button>
            <Button disabled={actions.busy} onClick={() => actions.respond(agreement, false)}>
              {t.decline}
            </Button>
          </div>
        </>
      )}
      {actions && mayWithdraw && <WithdrawControls agreement={agreement} actions={actions} headingId={headingId} />}
    </article>
  );
}

function MembersTable({ agreement, ownCode }: { agreement: AgreementCard_AgreementFragment; ownCode: string | null }) {
  const t = nlBenchmark.sharing;
  return (
    <Table id={`deelnemers-${agreement.id}`} caption={t.membersCaption(agreement.title)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnMunicipality}</TableHeaderCell>
          <TableHeaderCell>{t.columnState}</TableHeaderCell>
          <TableHeaderCell>{t.columnRespondedAt}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {agreement.members.map((m) => (
          <TableRow key={m.municipalityCode}>
            <TableHeaderCell scope="row">
              {m.municipalityName}
              {m.municipalityCode === ownCode && <> {t.ownMarker}</>}
            </TableHeaderCell>
            <TableCell>{t.memberState[m.state] ?? m.state}</TableCell>
            <TableCell>{m.respondedAt ? nlBenchmark.date(m.respondedAt) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Withdraw from an agreement, after a confirmation that takes the focus. */
function WithdrawControls({
  agreement,
  actions,
  headingId,
}: {
  agreement: AgreementCard_AgreementFragment;
  actions: AgreementActions;
  headingId: string;
}) {
  const t = nlBenchmark.sharing;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <>
      {!confirming && (
        <div className="monitor-agreement__actions">
          <Button ref={withdrawRef} disabled={actions.busy} onClick={() => setConfirming(true)}>
            {t.withdraw}
          </Button>
        </div>
      )}
      {confirming && (
        <div className="monitor-agreement__confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={`${headingId}-bevestigen`}>
          <Paragraph id={`${headingId}-bevestigen`}>{t.withdrawConfirm(agreement.title)}</Paragraph>
          <div className="monitor-agreement__actions">
            <Button
              appearance="primary-action-button"
              disabled={actions.busy}
              onClick={() => {
                setConfirming(false);
                actions.withdraw(agreement);
              }}
            >
              {t.withdrawYes}
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => withdrawRef.current?.focus());
              }}
            >
              {t.cancel}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
