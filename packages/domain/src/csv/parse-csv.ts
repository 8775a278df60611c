/** RFC 4180 CSV: quoted fields may hold separators, quotes ("") and line breaks. */
export interface CsvRecord {
  /** 1-based line on which the record starts */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`regel ${line}: ${message}`);
  }
}

export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = source[i + 1];
          if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
            throw new CsvSyntaxError(line, 'tekst na een afsluitend aanhalingsteken');
          }
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === separator) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'aanhalingsteken wordt niet afgesloten');
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** Records as objects keyed by the header row; every row must have as many fields as the header. */
export function parseCsvObjects(text: string, separator = ','): { line: number; values: Record<string, string> }[] {
  const [header, ...rows] = parseCsv(text, separator);
  if (!header) throw new CsvSyntaxError(1, 'het bestand is leeg');
  return rows.map((row) => {
    if (row.fields.length !== header.fields.length) {
      throw new CsvSyntaxError(row.line, `${row.fields.length} velden, de kopregel heeft er ${header.fields.length}`);
    }
    return { line: row.line, values: Object.fromEntries(header.fields.map((name, i) => [name.trim(), row.fields[i]])) };
  });
}
