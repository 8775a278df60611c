import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { passwordProblem } from '@monitor/domain';
import { useNavigate } from 'react-router';
import { RegisterDocument, type Role } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { RadioButton } from '../../ui/RadioButton';
import { Select } from '../../ui/Select';
import { Textarea } from '../../ui/Textarea';
import { TextInput } from '../../ui/TextInput';
import { useFormErrors, type FormFieldState } from '../../ui/forms/useFormErrors';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useMunicipalityOptions } from '../../app/municipalities/useMunicipalityOptions';

/** Field names as the server names them (RegisterInput), in the order of the form. */
const FIELDS = {
  name: 'aanmelden-naam',
  email: 'aanmelden-email',
  municipalityCode: 'aanmelden-gemeente',
  jobTitle: 'aanmelden-functie',
  requestedRole: 'aanmelden-rol-invuller',
  motivation: 'aanmelden-motivatie',
  password: 'aanmelden-wachtwoord',
  passwordRepeat: 'aanmelden-wachtwoord-herhaald',
} as const;

type Values = {
  name: string;
  email: string;
  municipalityCode: string;
  jobTitle: string;
  requestedRole: Role | '';
  motivation: string;
  password: string;
  passwordRepeat: string;
};

const EMPTY: Values = {
  name: '',
  email: '',
  municipalityCode: '',
  jobTitle: '',
  requestedRole: '',
  motivation: '',
  password: '',
  passwordRepeat: '',
};

function validate(values: Values): Partial<Record<keyof Values, string>> {
  const t = nl.register;
  return {
    name: values.name.trim() ? undefined : t.nameMissing,
    email: values.email.trim() ? undefined : t.emailMissing,
    municipalityCode: values.municipalityCode ? undefined : t.municipalityMissing,
    jobTitle: values.jobTitle.trim() ? undefined : t.jobTitleMissing,
    requestedRole: values.requestedRole ? undefined : t.roleMissing,
    motivation: values.motivation.trim() ? undefined : t.motivationMissing,
    password: passwordProblem(values.password, { email: values.email.trim() }) ?? undefined,
    passwordRepeat: !values.passwordRepeat
      ? t.passwordRepeatMissing
      : values.password !== values.passwordRepeat
        ? nl.forms.passwordsDiffer
        : undefined,
  };
}

type FieldSetter = (name: keyof Values) => (event: { target: { value: string } }) => void;

/** A group of fields of the form: the values, their setter and each field's id and error. */
interface FieldGroupProps {
  values: Values;
  set: FieldSetter;
  field: (name: keyof Values) => FormFieldState;
}

export default function RegisterPage() {
  useDocumentTitle(nl.register.title);
  const t = nl.register;
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(EMPTY);
  const form = useFormErrors(FIELDS);
  const [register, { loading }] = useMutation(RegisterDocument);

  const set: FieldSetter = (name) => (event) => setValues((current) => ({ ...current, [name]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.report(validate(values))) return;
    try {
      const { data } = await register({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            municipalityCode: values.municipalityCode,
            jobTitle: values.jobTitle.trim(),
            requestedRole: values.requestedRole as Role,
            motivation: values.motivation.trim(),
            password: values.password,
          },
        },
      });
      await navigate('/aanmelden/ontvangen', { state: { message: data?.register.message ?? null } });
    } catch (error) {
      form.reportApiError(error);
    }
  };

  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <Paragraph>{nl.forms.allRequired}</Paragraph>
      {form.hasErrors && <ErrorSummary ref={form.summaryRef} heading={nl.forms.summaryHeading} general={form.general} items={form.items} />}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form">
        <PersonFields values={values} set={set} field={form.field} />
        <WorkFields values={values} set={set} field={form.field} />
        <RoleAndMotivationFields values={values} set={set} field={form.field} />
        <PasswordFields values={values} set={set} field={form.field} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? t.busy : t.submit}
        </Button>
      </form>
      <Paragraph>
        {t.haveAccount} <RouterLink to="/inloggen">{t.login}</RouterLink>
      </Paragraph>
    </>
  );
}

function PersonFields({ values, set, field }: FieldGroupProps) {
  const t = nl.register;
  const name = field('name');
  const email = field('email');
  return (
    <>
      <FormField inputId={name.id} label={t.name} error={name.error} errorId={name.errorId}>
        <TextInput
          id={name.id}
          name="name"
          autoComplete="name"
          required
          invalid={name.invalid}
          aria-describedby={describedBy(name.error && name.errorId)}
          value={values.name}
          onChange={set('name')}
        />
      </FormField>
      <FormField
        inputId={email.id}
        label={t.email}
        description={t.emailDescription}
        descriptionId={`${email.id}-uitleg`}
        error={email.error}
        errorId={email.errorId}
      >
        <TextInput
          id={email.id}
          type="email"
          name="email"
          autoComplete="email"
          required
          invalid={email.invalid}
          aria-describedby={describedBy(`${email.id}-uitleg`, email.error && email.errorId)}
          value={values.email}
          onChange={set('email')}
        />
      </FormField>
    </>
  );
}

function WorkFields({ values, set, field }: FieldGroupProps) {
  const t = nl.register;
  const municipality = field('municipalityCode');
  const jobTitle = field('jobTitle');
  const municipalities = useMunicipalityOptions();
  return (
    <>
      <FormField
        inputId={municipality.id}
        label={t.municipality}
        description={t.municipalityDescription}
        descriptionId={`${municipality.id}-uitleg`}
        error={municipality.error}
        errorId={municipality.errorId}
      >
        <Select
          id={municipality.id}
          name="municipalityCode"
          required
          invalid={municipality.invalid}
          aria-describedby={describedBy(`${municipality.id}-uitleg`, municipality.error && municipality.errorId)}
          value={values.municipalityCode}
          onChange={set('municipalityCode')}
        >
          <option value="">{municipalities.loading ? t.municipalitiesLoading : t.municipalityChoose}</option>
          {municipalities.options.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField inputId={jobTitle.id} label={t.jobTitle} error={jobTitle.error} errorId={jobTitle.errorId}>
        <TextInput
          id={jobTitle.id}
          name="jobTitle"
          autoComplete="organization-title"
          required
          invalid={jobTitle.invalid}
          aria-describedby={describedBy(jobTitle.error && jobTitle.errorId)}
          value={values.jobTitle}
          onChange={set('jobTitle')}
        />
      </FormField>
    </>
  );
}

function RoleAndMotivationFields({ values, set, field }: FieldGroupProps) {
  const t = nl.register;
  const role = field('requestedRole');
  const motivation = field('motivation');
  return (
    <>
      <Fieldset
        legend={t.role}
        role="radiogroup"
        required
        description={t.roleDescription}
        descriptionId="aanmelden-rol-uitleg"
        error={role.error}
        errorId={role.errorId}
      >
        {(
          [
            ['MUNICIPAL_EDITOR', 'aanmelden-rol-invuller', t.roleEditor],
            ['MUNICIPAL_VIEWER', 'aanmelden-rol-lezer', t.roleViewer],
          ] as const
        ).map(([value, id, label]) => (
          <FormField key={value} type="radio" inputId={id} label={label}>
            <RadioButton
              id={id}
              name="requestedRole"
              value={value}
              invalid={role.invalid}
              checked={values.requestedRole === value}
              onChange={set('requestedRole')}
            />
          </FormField>
        ))}
      </Fieldset>
      <FormField
        inputId={motivation.id}
        label={t.motivation}
        description={t.motivationDescription}
        descriptionId={`${motivation.id}-uitleg`}
        error={motivation.error}
        errorId={motivation.errorId}
      >
        <Textarea
          id={motivation.id}
          name="motivation"
          rows={5}
          required
          invalid={motivation.invalid}
          aria-describedby={describedBy(`${motivation.id}-uitleg`, motivation.error && motivation.errorId)}
          value={values.motivation}
          onChange={set('motivation')}
        />
      </FormField>
    </>
  );
}

function PasswordFields({ values, set, field }: FieldGroupProps) {
  const t = nl.register;
  const password = field('password');
  const repeat = field('passwordRepeat');
  return (
    <>
      <FormField
        inputId={password.id}
        label={t.password}
        description={nl.forms.passwordHint}
        descriptionId={`${password.id}-uitleg`}
        error={password.error}
        errorId={password.errorId}
      >
        <TextInput
          id={password.id}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          invalid={password.invalid}
          aria-describedby={describedBy(`${password.id}-uitleg`, password.error && password.errorId)}
          value={values.password}
          onChange={set('password')}
        />
      </FormField>
      <FormField inputId={repeat.id} label={t.passwordRepeat} error={repeat.error} errorId={repeat.errorId}>
        <TextInput
          id={repeat.id}
          type="password"
          name="passwordRepeat"
          autoComplete="new-password"
          required
          invalid={repeat.invalid}
          aria-describedby={describedBy(repeat.error && repeat.errorId)}
          value={values.passwordRepeat}
          onChange={set('passwordRepeat')}
        />
      </FormField>
    </>
  );
}
