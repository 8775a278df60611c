import { DISTRICT_RULES, isMunicipalityCode } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess, type AccessSubject } from '../../auth/access';
import { badUserInput } from '../../graphql/errors';
import type { EstimateService } from '../estimate/estimate.service';
import { RiskProfileRepository, type MunicipalityRegions, type RiskArea, type StoredValue } from './risk-profile.repository';
import type { RiskProfile, RiskProfileComparison, RiskProfileValue } from './risk-profile.types';

type Weight = 'inwoners' | 'huishoudens' | 'kinderen_0_14';

interface FactorDefinition {
  key: string;
  label: string;
  unit: string;
  weight: Weight;
  source: string;
  inModel: boolean;
}

const KWB = 'CBS Kerncijfers wijken en buurten';
const FACTORS: FactorDefinition[] = [
  {
    key: 'pct_hh_onder_rond_sociaal_minimum',
    label: 'Huishoudens onder of rond het sociaal minimum',
    unit: '% van de huishoudens',
    weight: 'huishoudens',
    source: `${KWB} 2021 (85039NED)`,
    inModel: true,
  },
  {
    key: 'pct_hh_laag_inkomen',
    label: 'Huishoudens met een laag inkomen',
    unit: '% van de huishoudens',
    weight: 'huishoudens',
    source: `${KWB} 2021 (85039NED)`,
    inModel: false,
  },
  {
    key: 'pct_laag_opgeleid_15_75',
    label: 'Laag opgeleiden (15–75 jaar)',
    unit: '% van de 15–75-jarigen',
    weight: 'inwoners',
    source: `${KWB} 2021 (85039NED)`,
    inModel: true,
  },
  {
    key: 'pct_herkomst_buiten_europa',
    label: 'Inwoners met een herkomst buiten Europa',
    unit: '% van de inwoners',
    weight: 'inwoners',
    source: `${KWB} 2024 (85984NED)`,
    inModel: true,
  },
  {
    key: 'pct_migratie_niet_westers',
    label: 'Inwoners met een niet-westerse migratieachtergrond',
    unit: '% van de inwoners',
    weight: 'inwoners',
    source: `${KWB} 2022 (85318NED)`,
    inModel: false,
  },
  {
    key: 'pct_eenouderhuishoudens',
    label: 'Eenouderhuishoudens',
    unit: '% van de huishoudens',
    weight: 'huishoudens',
    source: 'CBS Maatstaven Financiële-verhoudingswet 2019 (eenouderhuishoudens), gedeeld door de huishoudens van 2024',
    inModel: true,
  },
  {
    key: 'bijstand_per_1000_inwoners',
    label: 'Bijstandsontvangers',
    unit: 'per 1.000 inwoners',
    weight: 'inwoners',
    source: `${KWB} 2024 (85984NED)`,
    inModel: true,
  },
  { key: 'pct_hh_met_kinderen', label: 'Huishoudens met kinderen', unit: '% van de huishoudens', weight: 'huishoudens', source: KWB, inModel: false },
  { key: 'pct_0_14', label: 'Kinderen van 0–14 jaar', unit: '% van de inwoners', weight: 'inwoners', source: KWB, inModel: false },
  {
    key: 'pct_jeugdhulp',
    label: 'Jongeren met jeugdhulp',
    unit: '% van de jongeren tot 18 jaar',
    weight: 'kinderen_0_14',
    source: 'CBS Indicatoren jeugdzorg 2022 (voorlopig)',
    inModel: false,
  },
  {
    key: 'pct_jeugdbescherming',
    label: 'Jongeren met jeugdbescherming',
    unit: '% van de jongeren tot 18 jaar',
    weight: 'kinderen_0_14',
    source: 'CBS Indicatoren jeugdzorg 2022 (voorlopig)',
    inModel: false,
  },
  {
    key: 'scp_pct_eenouderhuishoudens',
    label: 'Eenouderhuishoudens (SCP)',
    unit: '% (noemer niet vermeld door SCP)',
    weight: 'inwoners',
    source: 'SCP, Jeugdhulp in de wijk (2020), wijken 2017',
    inModel: false,
  },
  {
    key: 'scp_pct_hh_met_kinderen_met_bijstand',
    label: 'Huishoudens met kinderen in de bijstand (SCP)',
    unit: '% van de huishoudens met kinderen',
    weight: 'inwoners',
    source: 'SCP, Jeugdhulp in de wijk (2020), wijken 2017',
    inModel: false,
  },
  {
    key: 'scp_pct_laag_opgeleid',
    label: 'Laag opgeleiden (SCP)',
    unit: '%',
    weight: 'inwoners',
    source: 'SCP, Jeugdhulp in de wijk (2020), wijken 2017',
    inModel: false,
  },
  {
    key: 'scp_pct_niet_westers',
    label: 'Niet-westerse migratieachtergrond (SCP)',
    unit: '% van de inwoners',
    weight: 'inwoners',
    source: 'SCP, Jeugdhulp in de wijk (2020), wijken 2017',
    inModel: false,
  },
];

export const RISK_ATTRIBUTION = 'Bron: CBS; wijken 2017: Bron: SCP, Jeugdhulp in de wijk (2020)';
const WITHHELD_REASON = 'Niet getoond: de schatting voor deze gemeente is te klein om te publiceren, en met deze waarde zou ze na te rekenen zijn.';
const SMALL_DISTRICT_REASON = `Niet getoond: de wijk heeft minder dan ${DISTRICT_RULES.minimumDenominator.toLocaleString('nl-NL')} inwoners.`;
const MISSING_REASON = 'Geen gepubliceerde waarde (ontbreekt; niet nul).';

const SIZE_CLASSES: [upTo: number, label: string][] = [
  [20000, 'minder dan 20.000 inwoners'],
  [50000, '20.000 tot 50.000 inwoners'],
  [100000, '50.000 tot 100.000 inwoners'],
  [250000, '100.000 tot 250.000 inwoners'],
  [Infinity, '250.000 inwoners of meer'],
];

export function sizeClassOf(inhabitants: number | null): string | null {
  if (inhabitants === null) return null;
  return SIZE_CLASSES.find(([upTo]) => inhabitants < upTo)![1];
}

/** Values of an area including the derived single-parent share. */
function valuesOf(area: RiskArea): Map<string, StoredValue> {
  const values = new Map(area.values);
  const singleParents = area.values.get('eenouderhuishoudens');
  const households = area.values.get('huishoudens');
  if (singleParents && households && households.value > 0)
    values.set('pct_eenouderhuishoudens', { value: (100 * singleParents.value) / households.value, year: singleParents.year });
  return values;
}

function weightedMean(
  areas: readonly Map<string, StoredValue>[],
  key: string,
  weight: Weight,
  year?: number,
): { value: number | null; areas: number } {
  const usable = areas.filter((v) => v.get(key) && v.get(weight) && (year === undefined || v.get(key)!.year === year));
  const total = usable.reduce((s, v) => s + v.get(weight)!.value, 0);
  if (total <= 0) return { value: null, areas: 0 };
  return { value: Math.round((usable.reduce((s, v) => s + v.get(key)!.value * v.get(weight)!.value, 0) / total) * 10) / 10, areas: usable.length };
}

/** Risk profiles: public figures, shown with their year, against comparison areas; district disclosure rules apply. */
export class RiskProfileService {
  private readonly repository: RiskProfileRepository;

  constructor(
    dataSource: DataSource,
    private readonly estimates: EstimateService,
  ) {
    this.repository = new RiskProfileRepository(dataSource);
  }

  async forMunicipality(ctx: AccessSubject, code: string): Promise<RiskProfile | null> {
    requireAccess(ctx, 'estimate.read');
    if (!isMunicipalityCode(code)) throw badUserInput('municipalityCode', 'moet een CBS-gemeentecode zijn, zoals GM0363');
    const [areas, regions] = await Promise.all([this.repository.municipalities(), this.repository.regions()]);
    const area = areas.find((a) => a.code === code);
    if (!area) return null;
    const withheld = await this.estimates.isWithheld(code);
    const all = areas.map((a) => ({ area: a, values: valuesOf(a) }));
    const own = valuesOf(area);
    const comparisons = comparisonGroups(area, own, all, regions);
    const values = FACTORS.filter((f) => !f.key.startsWith('scp_') && f.key !== 'pct_0_14').map((factor): RiskProfileValue => {
      const found = own.get(factor.key);
      const hidden = withheld && factor.inModel && found !== undefined;
      return {
        key: factor.key,
        label: factor.label,
        unit: factor.unit,
        value: found && !hidden ? Math.round(found.value * 10) / 10 : null,
        status: hidden ? 'SUPPRESSED' : found ? 'PUBLISHED' : 'UNKNOWN',
        reason: hidden ? WITHHELD_REASON : found ? null : MISSING_REASON,
        year: found?.year ?? null,
        source: factor.source,
        inModel: factor.inModel,
        comparisons: comparisons.map((group) => ({ ...group.head, ...weightedMean(group.members, factor.key, factor.weight) })),
      };
    });
    return {
      areaCode: area.code,
      areaName: area.name,
      level: 'MUNICIPALITY',
      municipalityCode: area.code,
      divisionYear: area.divisionYear,
      sizeClass: sizeClassOf(own.get('inwoners')?.value ?? null),
      values,
      attribution: RISK_ATTRIBUTION,
    };
  }

  /** The municipal risk factors a map can show (those of the risk profile). */
  mapFactors(ctx: AccessSubject): { key: string; label: string; unit: string; source: string }[] {
    requireAccess(ctx, 'estimate.read');
    return FACTORS.filter((f) => !f.key.startsWith('scp_') && f.key !== 'pct_0_14').map(({ key, label, unit, source }) => ({
      key,
      label,
      unit,
      source,
    }));
  }

  /**
   * One risk factor for every current municipality, as the risk profile shows it (rounded to one
   * decimal); null with the reason when withheld or missing. Null for an unknown factor.
   */
  async municipalValues(
    ctx: AccessSubject,
    key: string,
  ): Promise<{ code: string; value: number | null; year: number | null; reason: string | null }[] | null> {
    requireAccess(ctx, 'estimate.read');
    const factor = this.mapFactors(ctx).find((f) => f.key === key);
    if (!factor) return null;
    const inModel = FACTORS.find((f) => f.key === key)!.inModel;
    const areas = await this.repository.municipalities();
    return Promise.all(
      areas.map(async (area) => {
        const found = valuesOf(area).get(key);
        if (!found) return { code: area.code, value: null, year: null, reason: MISSING_REASON };
        if (inModel && (await this.estimates.isWithheld(area.code)))
          return { code: area.code, value: null, year: found.year, reason: WITHHELD_REASON };
        return { code: area.code, value: Math.round(found.value * 10) / 10, year: found.year, reason: null };
      }),
    );
  }

  async districtYears(ctx: AccessSubject, municipalityCode: string): Promise<number[]> {
    requireAccess(ctx, 'estimate.read');
    if (!isMunicipalityCode(municipalityCode)) throw badUserInput('municipalityCode', 'moet een CBS-gemeentecode zijn, zoals GM0363');
    return this.repository.districtYears(municipalityCode);
  }

  async forDistricts(ctx: AccessSubject, municipalityCode: string, year: number | undefined): Promise<RiskProfile[]> {
    requireAccess(ctx, 'estimate.read');
    const years = await this.districtYears(ctx, municipalityCode);
    const divisionYear = year ?? years[0];
    if (divisionYear === undefined || !years.includes(divisionYear)) return [];
    const [districts, municipalities] = await Promise.all([
      this.repository.districts(municipalityCode, divisionYear),
      this.repository.municipalities(),
    ]);
    const districtValues = districts.map(valuesOf);
    const national = municipalities.map(valuesOf);
    return districts.map((district, i) => districtProfile(district, districtValues[i], districtValues, national, municipalityCode));
  }
}

interface ComparisonGroup {
  head: Pick<RiskProfileComparison, 'kind' | 'code' | 'name'>;
  members: Map<string, StoredValue>[];
}

function comparisonGroups(
  area: RiskArea,
  own: Map<string, StoredValue>,
  all: { area: RiskArea; values: Map<string, StoredValue> }[],
  regions: MunicipalityRegions[],
): ComparisonGroup[] {
  const regionOf = new Map(regions.map((r) => [r.code, r]));
  const mine = regionOf.get(area.code);
  const groups: ComparisonGroup[] = [];
  const members = (keep: (code: string, values: Map<string, StoredValue>) => boolean) =>
    all.filter((a) => keep(a.area.code, a.values)).map((a) => a.values);
  if (mine?.veiligThuisRegion) {
    const region = mine.veiligThuisRegion;
    groups.push({
      head: { kind: 'VEILIG_THUIS_REGION', code: region.code, name: `Veilig Thuis-regio ${region.name}` },
      members: members((code) => regionOf.get(code)?.veiligThuisRegion?.code === region.code),
    });
  }
  if (mine?.province) {
    const province = mine.province;
    groups.push({
      head: { kind: 'PROVINCE', code: province.code, name: `Provincie ${province.name}` },
      members: members((code) => regionOf.get(code)?.province?.code === province.code),
    });
  }
  const size = sizeClassOf(own.get('inwoners')?.value ?? null);
  if (size)
    groups.push({
      head: { kind: 'SIZE_CLASS', code: null, name: `Gemeenten met ${size}` },
      members: members((_, v) => sizeClassOf(v.get('inwoners')?.value ?? null) === size),
    });
  groups.push({ head: { kind: 'NETHERLANDS', code: 'NL01', name: 'Nederland' }, members: all.map((a) => a.values) });
  return groups;
}

function districtProfile(
  district: RiskArea,
  own: Map<string, StoredValue>,
  siblings: Map<string, StoredValue>[],
  national: Map<string, StoredValue>[],
  municipalityCode: string,
): RiskProfile {
  const inhabitants = own.get('inwoners')?.value ?? null;
  // CBS publishes no inhabitants with the SCP 2017 districts; SCP applied its own publication rule there
  const small = inhabitants !== null ? inhabitants < DISTRICT_RULES.minimumDenominator : district.divisionYear !== 2017;
  const values = FACTORS.filter((f) => own.has(f.key)).map((factor): RiskProfileValue => {
    const found = own.get(factor.key)!;
    const municipal = weightedMean(siblings, factor.key, factor.weight, found.year);
    const nl = weightedMean(national, factor.key, factor.weight, found.year);
    return {
      key: factor.key,
      label: factor.label,
      unit: factor.unit,
      value: small ? null : Math.round(found.value * 10) / 10,
      status: small ? 'SUPPRESSED' : 'PUBLISHED',
      reason: small ? SMALL_DISTRICT_REASON : null,
      year: found.year,
      source: district.source,
      inModel: factor.inModel,
      comparisons: [
        { kind: 'MUNICIPALITY', code: municipalityCode, name: 'Alle wijken van de gemeente', ...municipal },
        ...(nl.areas > 0 ? [{ kind: 'NETHERLANDS', code: 'NL01', name: 'Nederland (gemeenten)', ...nl }] : []),
      ],
    };
  });
  return {
    areaCode: district.code,
    areaName: district.name,
    level: 'DISTRICT',
    municipalityCode,
    divisionYear: district.divisionYear,
    sizeClass: null,
    values,
    attribution: RISK_ATTRIBUTION,
  };
}
