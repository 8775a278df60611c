/** Byte order mark: spreadsheet programs then read the file as UTF-8 (ë, –). */
export const BOM = '\uFEFF';

function quote(cell: string): string {
  return /[";\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A ;-separated CSV text (with BOM, CRLF line ends), as Dutch spreadsheet programs expect. */
export function buildCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n';
}

/** Offers a text as a file download, generated in the browser. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download asynchronously; revoke afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
