/** Dutch texts of the shared Markdown field (knowledge, practice and factsheet editors). */
export const nlMarkdown = {
  hint: 'Kopjes (##), lijsten (-), vet (**tekst**) en links ([tekst](https://…)) worden opgemaakt; HTML wordt niet uitgevoerd.',
  preview: 'Voorbeeld',
  previewHeading: (label: string) => `Voorbeeld: ${label}`,
  previewLoading: 'Voorbeeld wordt gemaakt…',
  previewEmpty: 'Er is nog geen tekst om te tonen.',
  previewError: 'Het voorbeeld kon niet worden gemaakt. Probeer het opnieuw.',
  retry: 'Opnieuw proberen',
};
