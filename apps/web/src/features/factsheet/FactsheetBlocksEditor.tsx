import { useQuery } from '@apollo/client/react';
import { INDICATORS_2026, MEASURES } from '@monitor/domain';
import { FactsheetMapLayersDocument, type FactsheetBlockKind } from '../../gql/__generated__/graphql';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { Button } from '../../ui/Button';
import { Fieldset } from '../../ui/Fieldset';
import { describedBy, FormField } from '../../ui/FormField';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import { MarkdownField } from '../../ui/forms/MarkdownField';
import type { FormFieldState } from '../../ui/forms/useFormErrors';

const t = nlFactsheet.editor;

export const MAX_BLOCKS = 20;
export const BLOCK_KINDS: FactsheetBlockKind[] = ['BENCHMARK_DISTRIBUTION', 'PROVINCE_MEDIANS', 'VEILIG_THUIS', 'ESTIMATE', 'MAP_LAYER'];

export interface BlockDraft {
  kind: FactsheetBlockKind;
  measure: string;
  period: string;
  title: string;
  text: string;
}

type Option = readonly [value: string, label: string];

const INDICATOR_OPTIONS: Option[] = INDICATORS_2026.map((i) => [i.key, `${i.label} (${i.theme})`]);
const VT_OPTIONS: Option[] = Object.entries(MEASURES).map(([key, spec]) => [key, spec.label]);

/** The published aggregates a block of this kind can show. */
function optionsFor(kind: FactsheetBlockKind, mapLayers: Option[]): Option[] {
  if (kind === 'VEILIG_THUIS') return VT_OPTIONS;
  if (kind === 'ESTIMATE') return [['NL01', t.nationalEstimate]];
  if (kind === 'MAP_LAYER') return mapLayers;
  return INDICATOR_OPTIONS;
}

function useMapLayerOptions(): Option[] {
  const { data } = useQuery(FactsheetMapLayersDocument);
  return (data?.mapLayers ?? []).filter((l) => l.available).map((l) => [l.key, l.period ? `${l.label}, ${l.period}` : l.label] as const);
}

interface BlocksEditorProps {
  blocks: BlockDraft[];
  onChange: (blocks: BlockDraft[]) => void;
  field: (name: `input.blocks.${number}.${'measure' | 'period' | 'textMarkdown'}`) => FormFieldState;
}

/** The blocks of a factsheet in order: kind, aggregate, period and own heading; add, move and remove. */
export function FactsheetBlocksEditor({ blocks, onChange, field }: BlocksEditorProps) {
  const mapLayers = useMapLayerOptions();
  const update = (index: number, block: BlockDraft) => onChange(blocks.map((b, i) => (i === index ? block : b)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...blocks];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  const add = () => onChange([...blocks, { kind: 'BENCHMARK_DISTRIBUTION', measure: INDICATOR_OPTIONS[0][0], period: '', title: '', text: '' }]);
  return (
    <Fieldset legend={t.blocksLegend} description={t.blocksHint} descriptionId="factsheet-blokken-hint">
      <ol className="monitor-factsheet-editor__blocks">
        {blocks.map((block, index) => (
          <li key={index}>
            <BlockFields index={index} block={block} mapLayers={mapLayers} onChange={(b) => update(index, b)} field={field} />
            <div className="monitor-actions">
              {index > 0 && <Button onClick={() => move(index, -1)}>{t.moveUp(index + 1)}</Button>}
              {index < blocks.length - 1 && <Button onClick={() => move(index, 1)}>{t.moveDown(index + 1)}</Button>}
              <Button onClick={() => onChange(blocks.filter((_, i) => i !== index))}>{t.remove(index + 1)}</Button>
            </div>
          </li>
        ))}
      </ol>
      {blocks.length < MAX_BLOCKS && <Button onClick={add}>{t.addBlock}</Button>}
    </Fieldset>
  );
}

interface BlockFieldsProps {
  index: number;
  block: BlockDraft;
  mapLayers: Option[];
  onChange: (block: BlockDraft) => void;
  field: BlocksEditorProps['field'];
}

function BlockFields({ index, block, mapLayers, onChange, field }: BlockFieldsProps) {
  const options = optionsFor(block.kind, mapLayers);
  const measure = field(`input.blocks.${index}.measure`);
  const period = field(`input.blocks.${index}.period`);
  const kindId = `factsheet-blok-${index}-soort`;
  const titleId = `factsheet-blok-${index}-kop`;
  const setKind = (kind: FactsheetBlockKind) => onChange({ ...block, kind, measure: optionsFor(kind, mapLayers)[0]?.[0] ?? '', period: '' });
  return (
    <Fieldset legend={t.blockLegend(index + 1)}>
      <FormField inputId={kindId} label={t.fieldKind}>
        <Select id={kindId} value={block.kind} onChange={(e) => setKind(e.target.value as FactsheetBlockKind)}>
          {BLOCK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </Select>
      </FormField>
      {options.length === 0 ? (
        <Paragraph>{t.noMapLayers}</Paragraph>
      ) : (
        <FormField inputId={measure.id} label={t.fieldMeasure} error={measure.error} errorId={measure.errorId}>
          <Select
            id={measure.id}
            value={block.measure}
            invalid={measure.invalid}
            aria-describedby={describedBy(measure.error && measure.errorId)}
            onChange={(e) => onChange({ ...block, measure: e.target.value })}
          >
            {options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      {block.kind === 'VEILIG_THUIS' && (
        <FormField
          inputId={period.id}
          label={t.fieldPeriod}
          description={t.fieldPeriodHint}
          descriptionId={`${period.id}-hint`}
          error={period.error}
          errorId={period.errorId}
        >
          <TextInput
            id={period.id}
            value={block.period}
            invalid={period.invalid}
            aria-describedby={describedBy(`${period.id}-hint`, period.error && period.errorId)}
            onChange={(e) => onChange({ ...block, period: e.target.value })}
          />
        </FormField>
      )}
      <FormField inputId={titleId} label={t.fieldBlockTitle}>
        <TextInput id={titleId} value={block.title} onChange={(e) => onChange({ ...block, title: e.target.value })} />
      </FormField>
      <MarkdownField
        field={field(`input.blocks.${index}.textMarkdown`)}
        label={t.fieldBlockText}
        value={block.text}
        rows={4}
        onChange={(text) => onChange({ ...block, text })}
      />
    </Fieldset>
  );
}
