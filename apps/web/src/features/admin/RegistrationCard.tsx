import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  ApproveRegistrationDocument,
  RejectRegistrationDocument,
  type RegistrationRow_RegistrationFragment,
  type Role,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RadioButton } from '../../ui/RadioButton';
import { Textarea } from '../../ui/Textarea';
import { apiError, fieldMessage } from '../../ui/forms/apiError';

const GRANTABLE: Role[] = ['MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'];

/** One pending application with its two decisions: approve (with a role) or reject (with a reason). */
export function RegistrationCard({
  registration: r,
  onDecided,
}: {
  registration: RegistrationRow_RegistrationFragment;
  onDecided: (message: string) => void;
}) {
  const t = nl.registrations;
  const prefix = `aanmelding-${r.id}`;
  const [role, setRole] = useState<Role>(GRANTABLE.includes(r.requestedRole) ? r.requestedRole : 'MUNICIPAL_VIEWER');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [approve, { loading: approving }] = useMutation(ApproveRegistrationDocument);
  const [reject, { loading: rejecting }] = useMutation(RejectRegistrationDocument);
  const busy = approving || rejecting;

  const onApprove = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await approve({ variables: { id: r.id, role } });
      onDecided(t.approvedNotice(r.name, nl.roles[role]));
    } catch (error) {
      setProblem(apiError(error).message);
    }
  };

  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setReasonError(t.reasonMissing);
      reasonRef.current?.focus();
      return;
    }
    setReasonError(null);
    try {
      await reject({ variables: { id: r.id, reason: reason.trim() } });
      onDecided(t.rejectedNotice(r.name));
    } catch (error) {
      const found = apiError(error);
      if (found.fields.reason) {
        setReasonError(fieldMessage(found.fields.reason));
        reasonRef.current?.focus();
      } else setProblem(found.message);
    }
  };

  return (
    <section aria-labelledby={`${prefix}-kop`} className="monitor-card">
      <Heading level={3} id={`${prefix}-kop`}>
        {r.name}
      </Heading>
      <RegistrationDetails registration={r} />
      <div role="alert">{problem && <Alert type="error">{problem}</Alert>}</div>
      <div className="monitor-decisions">
        <form noValidate onSubmit={(event) => void onApprove(event)} className="monitor-form">
          <GrantRoleFieldset prefix={prefix} role={role} setRole={setRole} />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t.approve}
          </Button>
        </form>
        <form noValidate onSubmit={(event) => void onReject(event)} className="monitor-form">
          <RejectReasonField prefix={prefix} reason={reason} setReason={setReason} reasonError={reasonError} reasonRef={reasonRef} />
          <Button type="submit" disabled={busy}>
            {t.reject}
          </Button>
        </form>
      </div>
    </section>
  );
}

function RegistrationDetails({ registration: r }: { registration: RegistrationRow_RegistrationFragment }) {
  const t = nl.registrations;
  return (
    <DataList
      items={[
        { key: 'email', label: t.email, value: r.email },
        { key: 'municipality', label: t.municipality, value: r.municipality ? `${r.municipality.name} (${r.municipality.code})` : '—' },
        { key: 'jobTitle', label: t.jobTitle, value: r.jobTitle },
        { key: 'role', label: t.requestedRole, value: nl.roles[r.requestedRole] },
        { key: 'motivation', label: t.motivation, value: <span className="monitor-pre-wrap">{r.motivation}</span> },
        { key: 'createdAt', label: t.createdAt, value: nl.dateTime(r.createdAt) },
      ]}
    />
  );
}

function GrantRoleFieldset({ prefix, role, setRole }: { prefix: string; role: Role; setRole: (role: Role) => void }) {
  const t = nl.registrations;
  return (
    <Fieldset legend={t.approveRole} role="radiogroup">
      {GRANTABLE.map((value) => (
        <FormField key={value} type="radio" inputId={`${prefix}-rol-${value}`} label={nl.roles[value]}>
          <RadioButton id={`${prefix}-rol-${value}`} name={`${prefix}-rol`} value={value} checked={role === value} onChange={() => setRole(value)} />
        </FormField>
      ))}
    </Fieldset>
  );
}

function RejectReasonField({
  prefix,
  reason,
  setReason,
  reasonError,
  reasonRef,
}: {
  prefix: string;
  reason: string;
  setReason: (reason: string) => void;
  reasonError: string | null;
  reasonRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const t = nl.registrations;
  const reasonErrorId = `${prefix}-reden-fout`;
  return (
    <FormField
      inputId={`${prefix}-reden`}
      label={t.reason}
      description={t.reasonDescription}
      descriptionId={`${prefix}-reden-uitleg`}
      error={reasonError}
      errorId={reasonErrorId}
    >
      <Textarea
        id={`${prefix}-reden`}
        ref={reasonRef}
        rows={3}
        required
        invalid={Boolean(reasonError)}
        aria-describedby={describedBy(`${prefix}-reden-uitleg`, reasonError && reasonErrorId)}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </FormField>
  );
}
