import { useEffect, useRef, useState } from 'react';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';

/**
 * The secret of a token just created, shown this once: the box takes focus, says it will not be
 * shown again and offers a copy button. Closing it forgets the secret.
 */
export function NewTokenSecret({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  const t = nl.tokens;
  const boxRef = useRef<HTMLDivElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    boxRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Alert type="warning" ref={boxRef} tabIndex={-1} className="monitor-secret">
      <Heading level={3} id="nieuw-token-kop">
        {t.secretHeading}
      </Heading>
      <Paragraph>
        <strong>{t.secretWarning}</strong>
      </Paragraph>
      <FormField inputId="nieuw-token-geheim" label={t.secretLabel(name)}>
        <TextInput
          id="nieuw-token-geheim"
          readOnly
          value={secret}
          className="monitor-secret__value"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
      </FormField>
      <div className="monitor-actions">
        <Button appearance="primary-action-button" onClick={() => void copy()}>
          {t.copy}
        </Button>
        <Button onClick={onDismiss}>{t.dismiss}</Button>
      </div>
      <p role="status" className="monitor-status">
        {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
      </p>
    </Alert>
  );
}
