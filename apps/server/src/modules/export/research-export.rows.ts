import type { AnswerValue, Question, ResearchDataset } from '@monitor/domain';
import type { StatisticValue } from '../statistics/statistics.types';

/**
 * One row of a research export, in long format (one schema for every dataset, so CSV, XLSX and
 * Parquet have the same columns). `gemeente` is a pseudonym unless the naming rule allows the code.
 */
export type ResearchRow = {
  gegevens: ResearchDataset;
  gemeente: string;
  gemeentenaam: string | null;
  jaar: number | null;
  periode: string | null;
  kenmerk: string;
  omschrijving: string;
  categorie: string | null;
  eenheid: string | null;
  waarde: number | null;
  tekst: string | null;
  status: string;
  demo: boolean;
};

export const RESEARCH_COLUMNS = [
  'gegevens',
  'gemeente',
  'gemeentenaam',
  'jaar',
  'periode',
  'kenmerk',
  'omschrijving',
  'categorie',
  'eenheid',
  'waarde',
  'tekst',
  'status',
  'demo',
] as const satisfies readonly (keyof ResearchRow)[];

/** A municipality's data before the naming rule: the code, replaced by a pseudonym or kept. */
export type RawRow = Omit<ResearchRow, 'gemeente' | 'gemeentenaam'> & { code: string };

/** Free text can name the municipality (or a person): left out unless the municipality may be named. */
export const FREE_TEXT_LEFT_OUT = 'VRIJE_TEKST_WEGGELATEN';

export function answerRow(code: string, year: number, question: Question | undefined, key: string, value: AnswerValue | null, demo: boolean): RawRow {
  const numeric = typeof value === 'number' ? value : null;
  const text = value === null || typeof value === 'number' ? null : Array.isArray(value) ? value.join('|') : String(value);
  return {
    gegevens: 'ANSWERS',
    code,
    jaar: year,
    periode: null,
    kenmerk: key,
    omschrijving: question?.label ?? key,
    categorie: question?.type ?? null,
    eenheid: question?.type === 'PERCENTAGE' ? '%' : (question?.unit ?? null),
    waarde: numeric,
    tekst: text,
    status: value === null ? 'LEEG' : 'INGEDIEND',
    demo,
  };
}

export function isFreeText(question: Question | undefined): boolean {
  return question === undefined || question.type === 'TEXT';
}

export function veiligThuisRow(figure: StatisticValue): RawRow {
  const published = figure.status === 'PUBLISHED';
  return {
    gegevens: 'VEILIG_THUIS',
    code: figure.regionCode,
    jaar: Number(figure.period.slice(0, 4)),
    periode: figure.period,
    kenmerk: figure.measure,
    omschrijving: figure.measureLabel,
    categorie: figure.categoryLabel,
    eenheid: figure.unit,
    // hidden figures never carry a number, whatever is stored beside them
    waarde: published ? figure.value : null,
    tekst: null,
    status: figure.status,
    demo: false,
  };
}

export function estimateRows(estimate: { code: string; low: number | null; high: number | null; dataYear: number }): RawRow[] {
  const status = estimate.low === null || estimate.high === null ? 'SUPPRESSED' : 'PUBLISHED';
  const row = (bound: 'ondergrens' | 'bovengrens', value: number | null): RawRow => ({
    gegevens: 'ESTIMATES',
    code: estimate.code,
    jaar: estimate.dataYear,
    periode: null,
    kenmerk: `kindermishandeling_per_1000_kinderen_${bound}`,
    omschrijving: `Geschat aantal kinderen dat mishandeling meemaakt per 1.000 kinderen (${bound} van de bandbreedte)`,
    categorie: null,
    eenheid: 'per 1.000 kinderen',
    waarde: status === 'PUBLISHED' ? value : null,
    tekst: null,
    status,
    demo: false,
  });
  return [row('ondergrens', estimate.low), row('bovengrens', estimate.high)];
}

export function riskFactorRow(
  factor: { key: string; label: string; unit: string },
  value: { code: string; value: number | null; year: number | null; reason: string | null },
): RawRow {
  return {
    gegevens: 'RISK_PROFILES',
    code: value.code,
    jaar: value.year,
    periode: null,
    kenmerk: factor.key,
    omschrijving: factor.label,
    categorie: null,
    eenheid: factor.unit,
    waarde: value.value,
    tekst: null,
    status: value.value !== null ? 'PUBLISHED' : value.year !== null ? 'SUPPRESSED' : 'UNKNOWN',
    demo: false,
  };
}

export function indicatorRow(
  year: number,
  definition: { label: string; theme: string } | undefined,
  stored: { code: string; indicator_key: string; value: number | null; band: string | null; is_demo: boolean },
): RawRow {
  return {
    gegevens: 'INDICATORS',
    code: stored.code,
    jaar: year,
    periode: null,
    kenmerk: stored.indicator_key,
    omschrijving: definition?.label ?? stored.indicator_key,
    categorie: definition?.theme ?? null,
    eenheid: 'score 0-100',
    waarde: stored.value,
    tekst: stored.band,
    status: stored.value === null ? 'ONVOLDOENDE_GEGEVENS' : 'BEREKEND',
    demo: stored.is_demo,
  };
}
