import { useCallback, useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { MarkdownPreviewDocument } from '../../gql/__generated__/graphql';
import { nlMarkdown } from '../../i18n/nl.markdown';
import { Button } from '../Button';
import { describedBy, FormField } from '../FormField';
import { Paragraph } from '../Paragraph';
import { Textarea } from '../Textarea';
import type { FormFieldState } from './useFormErrors';
import './MarkdownField.css';

const t = nlMarkdown;
/** Wait this long after the last keystroke before asking for a new preview. */
const PREVIEW_DELAY_MS = 400;

export interface MarkdownFieldProps {
  /** id, error and error id of the field, from useFormErrors().field(name) */
  field: FormFieldState;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  required?: boolean;
  /** Extra help above the standard hint about what Markdown is formatted. */
  description?: string;
}

type Preview = { state: 'off' } | { state: 'loading' } | { state: 'shown'; html: string } | { state: 'failed' };

/** The sanitised HTML the server makes of a Markdown text: the same sanitiser as the published pages. */
export function useMarkdownPreview(): (markdown: string) => Promise<string> {
  const client = useApolloClient();
  return useCallback(
    async (markdown: string) => {
      const { data } = await client.query({ query: MarkdownPreviewDocument, variables: { markdown }, fetchPolicy: 'no-cache' });
      return data?.knowledgeMarkdownPreview ?? '';
    },
    [client],
  );
}

/**
 * A Markdown text field with a "Voorbeeld" toggle: the preview shows the text as the published page
 * will, rendered and sanitised by the server, and follows the text while it is on.
 */
export function MarkdownField({ field, label, value, onChange, rows = 12, required, description }: MarkdownFieldProps) {
  const hintId = `${field.id}-hint`;
  const { preview, on, toggle, retry } = usePreviewOf(value);
  return (
    <div className="monitor-markdown-field">
      <FormField
        inputId={field.id}
        label={label}
        description={description ? `${description} ${t.hint}` : t.hint}
        descriptionId={hintId}
        error={field.error}
        errorId={field.errorId}
      >
        <Textarea
          id={field.id}
          rows={rows}
          value={value}
          required={required}
          invalid={field.invalid}
          aria-describedby={describedBy(hintId, field.error && field.errorId)}
          onChange={(e) => onChange(e.target.value)}
        />
      </FormField>
      <Button aria-pressed={on} aria-controls={`${field.id}-voorbeeld`} onClick={toggle}>
        {t.preview}
      </Button>
      <div id={`${field.id}-voorbeeld`} aria-live="polite">
        {on && <PreviewPane label={label} preview={preview} onRetry={retry} />}
      </div>
    </div>
  );
}

function PreviewPane({ label, preview, onRetry }: { label: string; preview: Preview; onRetry: () => void }) {
  if (preview.state === 'loading' || preview.state === 'off') return <Paragraph>{t.previewLoading}</Paragraph>;
  if (preview.state === 'failed')
    return (
      <Paragraph>
        {t.previewError} <Button onClick={onRetry}>{t.retry}</Button>
      </Paragraph>
    );
  return (
    <section aria-label={t.previewHeading(label)} className="monitor-markdown-field__preview">
      {preview.html.trim() === '' ? (
        <Paragraph>{t.previewEmpty}</Paragraph>
      ) : (
        // sanitised on the server, exactly as on the published pages
        <div className="monitor-markdown-field__html" dangerouslySetInnerHTML={{ __html: preview.html }} />
      )}
    </section>
  );
}

/** The preview of `value` while the toggle is on, refreshed a moment after the text stops changing. */
function usePreviewOf(value: string) {
  const render = useMarkdownPreview();
  const [on, setOn] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [preview, setPreview] = useState<Preview>({ state: 'off' });

  useEffect(() => {
    if (!on) return;
    let current = true;
    const timer = setTimeout(() => {
      render(value).then(
        (html) => current && setPreview({ state: 'shown', html }),
        () => current && setPreview({ state: 'failed' }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [on, value, render, attempt]);

  const toggle = () => {
    setPreview({ state: on ? 'off' : 'loading' });
    setOn(!on);
  };
  const retry = () => {
    setPreview({ state: 'loading' });
    setAttempt((n) => n + 1);
  };
  return { preview, on, toggle, retry };
}
