import { useState } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { MarkdownPreviewDocument } from '../../gql/__generated__/graphql';
import { renderRoute } from '../../../test/render';
import { MarkdownField } from '../forms/MarkdownField';

const FIELD = { id: 'tekst', error: null, errorId: 'tekst-fout', invalid: false };

function previewMock(markdown: string, html: string) {
  return { request: { query: MarkdownPreviewDocument, variables: { markdown } }, result: { data: { knowledgeMarkdownPreview: html } } };
}

function Editor({ initial, error = null }: { initial: string; error?: string | null }) {
  const [value, setValue] = useState(initial);
  return <MarkdownField field={{ ...FIELD, error, invalid: Boolean(error) }} label="Tekst (Markdown)" value={value} onChange={setValue} />;
}

describe('MarkdownField', () => {
  it('shows the server-sanitised HTML only after "Voorbeeld" is pressed, and hides it again', async () => {
    const { container } = renderRoute(<Editor initial="## Aanpak" />, {
      mocks: [previewMock('## Aanpak', '<h2>Aanpak</h2>')],
    });
    const toggle = screen.getByRole('button', { name: 'Voorbeeld' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Voorbeeld: Tekst (Markdown)' })).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const preview = await screen.findByRole('region', { name: 'Voorbeeld: Tekst (Markdown)' });
    expect(within(preview).getByRole('heading', { level: 2, name: 'Aanpak' })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(toggle);
    expect(screen.queryByRole('region', { name: 'Voorbeeld: Tekst (Markdown)' })).toBeNull();
  });

  it('follows the text while the preview is on', async () => {
    renderRoute(<Editor initial="eerst" />, {
      mocks: [previewMock('eerst', '<p>eerst</p>'), previewMock('daarna', '<p><strong>daarna</strong></p>')],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld' }));
    await screen.findByText('eerst', { selector: 'p' });
    fireEvent.change(screen.getByLabelText('Tekst (Markdown)', { selector: 'textarea' }), { target: { value: 'daarna' } });
    expect(await screen.findByText('daarna', { selector: 'strong' })).toBeTruthy();
  });

  it('offers a retry when the preview fails', async () => {
    renderRoute(<Editor initial="tekst" />, {
      mocks: [{ request: { query: MarkdownPreviewDocument, variables: { markdown: 'tekst' } }, error: new Error('netwerk') }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld' }));
    expect(await screen.findByText(/Het voorbeeld kon niet worden gemaakt/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('names its error and hint, and passes axe with an error', async () => {
    const { container } = renderRoute(<Editor initial="" error="Vul een tekst in." />);
    await act(async () => {});
    const textarea = screen.getByLabelText('Tekst (Markdown)', { selector: 'textarea' });
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(textarea.getAttribute('aria-describedby')).toBe('tekst-hint tekst-fout');
    expect(document.getElementById('tekst-fout')?.textContent).toContain('Vul een tekst in.');
    expect(await axe(container)).toHaveNoViolations();
  });
});
