import { useState, type FormEvent } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { RESEARCH_DATASETS, RESEARCH_DATASET_LABELS, RESEARCH_FORMATS, type ResearchFormat } from '@monitor/domain';
import { ResearchExportPreviewDocument, type ResearchDataset } from '../../gql/__generated__/graphql';
import { nlResearchExport as t } from '../../i18n/nl.researchExport';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Fieldset } from '../../ui/Fieldset';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RadioButton } from '../../ui/RadioButton';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { DownloadPanel } from './DownloadPanel';
import { PreviewTable } from './PreviewTable';

interface Project {
  id: string;
  name: string;
  named: boolean;
}

/** Project, year, datasets and format; the preview shows the rows per dataset, then the download streams with progress. */
export function ExportForm({ projects, projectId, onProject }: { projects: Project[]; projectId: string; onProject: (id: string) => void }) {
  const [year, setYear] = useState('2026');
  const [datasets, setDatasets] = useState<ResearchDataset[]>(['INDICATORS', 'ESTIMATES']);
  const [format, setFormat] = useState<ResearchFormat>('csv');
  const [preview, { data, error, loading }] = useLazyQuery(ResearchExportPreviewDocument, { fetchPolicy: 'network-only' });
  const toggle = (dataset: ResearchDataset, on: boolean) => setDatasets((now) => (on ? [...now, dataset] : now.filter((d) => d !== dataset)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (datasets.length > 0) void preview({ variables: { projectId, year: Number(year), datasets, format } });
  };
  const result = data?.researchExportPreview;

  return (
    <section aria-labelledby="export-samenstellen">
      <Heading level={2} id="export-samenstellen">
        {t.exportHeading}
      </Heading>
      <form onSubmit={onSubmit}>
        <FormField inputId="export-project" label={t.project}>
          <Select id="export-project" value={projectId} onChange={(e) => onProject(e.target.value)}>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField inputId="export-jaar" label={t.year} description={t.yearHint} descriptionId="export-jaar-hint">
          <TextInput
            id="export-jaar"
            inputMode="numeric"
            value={year}
            aria-describedby="export-jaar-hint"
            onChange={(e) => setYear(e.target.value)}
          />
        </FormField>
        <Fieldset legend={t.datasets} error={datasets.length === 0 ? t.chooseDataset : null} errorId="export-gegevens-fout">
          {RESEARCH_DATASETS.map((dataset) => (
            <FormField key={dataset} inputId={`gegevens-${dataset}`} label={RESEARCH_DATASET_LABELS[dataset]} type="checkbox">
              <Checkbox id={`gegevens-${dataset}`} checked={datasets.includes(dataset)} onChange={(e) => toggle(dataset, e.target.checked)} />
            </FormField>
          ))}
        </Fieldset>
        <Fieldset legend={t.format} role="radiogroup">
          {RESEARCH_FORMATS.map((f) => (
            <FormField key={f} inputId={`formaat-${f}`} label={t.formats[f]} type="radio">
              <RadioButton id={`formaat-${f}`} name="formaat" checked={format === f} onChange={() => setFormat(f)} />
            </FormField>
          ))}
        </Fieldset>
        <Button type="submit" disabled={loading || datasets.length === 0}>
          {t.preview}
        </Button>
      </form>
      {error && (
        <Alert type="error" role="alert">
          {error.message}
        </Alert>
      )}
      {result && <PreviewTable datasets={result.datasets} totalRows={result.totalRows} />}
      {result && (
        <DownloadPanel
          key={result.downloadPath}
          path={result.downloadPath}
          totalRows={result.totalRows}
          maxRows={result.maxRows}
          tooLarge={result.tooLarge}
        />
      )}
    </section>
  );
}
