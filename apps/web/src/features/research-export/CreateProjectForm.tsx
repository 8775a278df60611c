import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CreateExportProjectDocument, ExportProjectsDocument } from '../../gql/__generated__/graphql';
import { nlResearchExport as t } from '../../i18n/nl.researchExport';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { TextInput } from '../../ui/TextInput';
import { Textarea } from '../../ui/Textarea';

/** Name, purpose and naming choice of a new project; the server creates its pseudonymisation key. */
export function CreateProjectForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [named, setNamed] = useState(false);
  const [createdName, setCreatedName] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CreateExportProjectDocument, { refetchQueries: [ExportProjectsDocument] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { name, purpose, named } } }).catch(() => null);
    const project = result?.data?.createExportProject;
    if (!project) return;
    setCreatedName(project.name);
    setName('');
    setPurpose('');
    onCreated(project.id);
  };

  return (
    <section aria-labelledby="nieuw-project">
      <Heading level={2} id="nieuw-project">
        {t.newProjectHeading}
      </Heading>
      <form onSubmit={(event) => void onSubmit(event)}>
        <FormField inputId="project-naam" label={t.name}>
          <TextInput id="project-naam" value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField inputId="project-doel" label={t.purpose} description={t.purposeHint} descriptionId="project-doel-hint">
          <Textarea
            id="project-doel"
            value={purpose}
            required
            maxLength={2000}
            aria-describedby="project-doel-hint"
            onChange={(e) => setPurpose(e.target.value)}
          />
        </FormField>
        <FormField inputId="project-namen" label={t.named} type="checkbox">
          <Checkbox id="project-namen" checked={named} onChange={(e) => setNamed(e.target.checked)} />
        </FormField>
        <Button type="submit" disabled={loading}>
          {t.create}
        </Button>
      </form>
      <div aria-live="polite">{createdName && <Alert type="ok">{t.created(createdName)}</Alert>}</div>
      {error && (
        <Alert type="error" role="alert">
          {error.message}
        </Alert>
      )}
    </section>
  );
}
