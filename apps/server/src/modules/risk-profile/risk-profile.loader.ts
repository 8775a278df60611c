import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MUNICIPALITY_CODE_PATTERN, parseCsvObjects } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { loadedChecksum, recordLoaded } from '../reference-data/reference-data.repository';
import { replaceRiskFactors } from './risk-profile.repository';
import { REFERENCE_DATA_DIR } from '../reference-data/reference-data.files';
import { ReferenceDataError } from '../reference-data/reference-data.loader';

export const RISK_FACTOR_DIR = path.join(REFERENCE_DATA_DIR, 'risk-factors');
export const MUNICIPAL_FILE = 'gemeenten_risicofactoren.csv';
export const DISTRICT_FILE = 'wijken_risicofactoren.csv';
export const CROSSWALK_FILE = 'gemeenten_crosswalk.csv';
const DATASET = 'risicofactoren';
/** The municipal rows are in the 2026 division. */
export const MUNICIPAL_DIVISION_YEAR = 2026;
const MUNICIPAL_SOURCE = 'CBS (StatLine 70072NED, 85039NED, 85984NED, 85335NED, 85098NED, Fvw 60039fvw); zie risk-factors/SOURCES.md';

/** Each municipal value column and the column that holds its source year. */
export const MUNICIPAL_YEAR_COLUMNS: Record<string, string> = {
  inwoners: 'inwoners_jaar',
  kinderen_0_14: 'kinderen_0_14_jaar',
  pct_0_14: 'pct_0_14_jaar',
  huishoudens: 'huishoudens_jaar',
  pct_hh_met_kinderen: 'pct_hh_met_kinderen_jaar',
  eenouderhuishoudens: 'eenouderhuishoudens_jaar',
  bijstand_personen: 'bijstand_jaar',
  bijstand_per_1000_inwoners: 'bijstand_jaar',
  pct_hh_laag_inkomen: 'inkomen_jaar',
  pct_hh_laagste_40pct_inkomen: 'inkomen_jaar',
  pct_hh_onder_rond_sociaal_minimum: 'inkomen_jaar',
  pct_hh_tot_110pct_sociaal_minimum: 'inkomen_jaar',
  pct_hh_tot_120pct_sociaal_minimum: 'inkomen_jaar',
  pct_laag_opgeleid_15_75: 'opleiding_jaar',
  pct_migratie_westers: 'migratieachtergrond_jaar',
  pct_migratie_niet_westers: 'migratieachtergrond_jaar',
  pct_herkomst_nederland: 'herkomst_jaar',
  pct_herkomst_europa_excl_nl: 'herkomst_jaar',
  pct_herkomst_buiten_europa: 'herkomst_jaar',
  jongeren_met_jeugdzorg_0_22: 'jongeren_met_jeugdzorg_jaar',
  pct_jeugdhulp: 'jeugdzorg_indicatoren_jaar',
  pct_jh_verblijf: 'jeugdzorg_indicatoren_jaar',
  pct_jeugdbescherming: 'jeugdzorg_indicatoren_jaar',
  pct_jb_met_jh_verblijf: 'jeugdzorg_indicatoren_jaar',
  pct_jeugdreclassering: 'jeugdzorg_indicatoren_jaar',
};

/** District value columns; their year is the row's `jaar` (the year of the district division). */
export const DISTRICT_VALUE_COLUMNS = [
  'inwoners',
  'kinderen_0_14',
  'pct_0_14',
  'huishoudens',
  'hh_met_kinderen',
  'pct_hh_met_kinderen',
  'bijstand_personen',
  'bijstand_per_1000_inwoners',
  'pct_hh_laag_inkomen',
  'pct_hh_laagste_40pct_inkomen',
  'pct_hh_onder_rond_sociaal_minimum',
  'pct_hh_tot_110pct_sociaal_minimum',
  'pct_hh_tot_120pct_sociaal_minimum',
  'opl_laag_15_75',
  'pct_laag_opgeleid_15_75',
  'pct_migratie_westers',
  'pct_migratie_niet_westers',
  'pct_herkomst_nederland',
  'pct_herkomst_europa_excl_nl',
  'pct_herkomst_buiten_europa',
  'jongeren_met_jeugdzorg_0_22',
  'scp_pct_eenouderhuishoudens',
  'scp_pct_hh_met_kinderen_met_bijstand',
  'scp_pct_laag_opgeleid',
  'scp_pct_niet_westers',
  'scp_pct_jeugdhulp_zonder_verblijf',
];

export interface AreaRow {
  level: 'MUNICIPALITY' | 'DISTRICT';
  code: string;
  name: string;
  divisionYear: number;
  municipalityCode: string | null;
  source: string;
  values: { variable: string; value: number; year: number }[];
}

/**
 * Loads the risk-factor tables in one transaction, idempotently (a checksum over the three files
 * decides). An empty cell is a missing value and gets no row.
 */
export async function loadRiskFactors(
  dataSource: DataSource,
  dir = RISK_FACTOR_DIR,
): Promise<{ changed: boolean; municipalities: number; districts: number }> {
  const files = [MUNICIPAL_FILE, DISTRICT_FILE, CROSSWALK_FILE].map((file) => [file, read(dir, file)] as const);
  const hash = createHash('sha256');
  for (const [file, text] of files) hash.update(file).update(text);
  const checksum = hash.digest('hex');
  const [municipalText, districtText, crosswalkText] = files.map(([, text]) => text);
  const municipalities = parseMunicipal(municipalText);
  const districts = parseDistricts(districtText);
  if ((await loadedChecksum(dataSource.manager, DATASET)) === checksum)
    return { changed: false, municipalities: municipalities.length, districts: districts.length };

  const crosswalk = parseCsvObjects(crosswalkText).map((r) => r.values);
  await dataSource.transaction(async (manager) => {
    await replaceRiskFactors(manager, [...municipalities, ...districts], crosswalk);
    await recordLoaded(manager, DATASET, checksum);
  });
  return { changed: true, municipalities: municipalities.length, districts: districts.length };
}

function read(dir: string, file: string): string {
  try {
    return fs.readFileSync(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new ReferenceDataError(`Referentiebestand ${file} ontbreekt in ${dir}: ${(error as Error).message}`);
  }
}

function numberOf(file: string, line: number, column: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new ReferenceDataError(`${file} regel ${line}, kolom ${column}: "${raw}" is geen getal`);
  return value;
}

function parseMunicipal(text: string): AreaRow[] {
  return parseCsvObjects(text).map(({ line, values }) => {
    if (!MUNICIPALITY_CODE_PATTERN.test(values.gm_code ?? ''))
      throw new ReferenceDataError(`${MUNICIPAL_FILE} regel ${line}: ongeldige gemeentecode "${values.gm_code}"`);
    const cells = Object.entries(MUNICIPAL_YEAR_COLUMNS).filter(([column]) => values[column] !== '' && values[column] !== undefined);
    return {
      level: 'MUNICIPALITY',
      code: values.gm_code,
      name: values.gm_name,
      divisionYear: MUNICIPAL_DIVISION_YEAR,
      municipalityCode: values.gm_code,
      source: MUNICIPAL_SOURCE,
      values: cells.map(([column, yearColumn]) => ({
        variable: column,
        value: numberOf(MUNICIPAL_FILE, line, column, values[column]),
        year: numberOf(MUNICIPAL_FILE, line, yearColumn, values[yearColumn]),
      })),
    };
  });
}

function parseDistricts(text: string): AreaRow[] {
  return parseCsvObjects(text).map(({ line, values }) => {
    const year = numberOf(DISTRICT_FILE, line, 'jaar', values.jaar);
    return {
      level: 'DISTRICT',
      code: values.wijk_code,
      name: values.wijk_naam,
      divisionYear: year,
      municipalityCode: values.gm_code_2026 || null,
      source: values.bron,
      values: DISTRICT_VALUE_COLUMNS.filter((c) => values[c] !== '' && values[c] !== undefined).map((column) => ({
        variable: column,
        value: numberOf(DISTRICT_FILE, line, column, values[column]),
        year,
      })),
    };
  });
}
