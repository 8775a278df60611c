import { ErrorCode, isLevelOfDatabank, isMunicipalityCode, LEVELS_BY_DATABANK, RECOGNITION_LABELS, type LinearModel } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { authError, AccessError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { DistrictService } from '../district/district.service';
import { RiskProfileRepository } from '../risk-profile/risk-profile.repository';
import { assembleAnalysis, EXPECTED_USE_YEAR, expectedUseFor, fitExpectedUse, YOUTH_CARE_YEAR } from './supply.analysis';
import * as repository from './supply.repository';
import {
  MAX_CARE_OFFERS,
  MAX_INTERVENTIONS,
  type CareOffer,
  type CareOfferInput,
  type Intervention,
  type InterventionInput,
  type SupplyAnalysis,
} from './supply.types';

/**
 * Demand and supply: the catalogue is public and kept by NJi administrators; a municipality's offer
 * and its analysis are that municipality's data (own, sharing partners, NJi staff), edited by its editors.
 */
export class SupplyService {
  private readonly risk: RiskProfileRepository;
  private model: { key: string | null; model: Promise<LinearModel | null> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly districts: DistrictService,
  ) {
    this.risk = new RiskProfileRepository(dataSource);
  }

  interventions(ctx: Context): Promise<Intervention[]> {
    requireAccess(ctx, 'supply.readCatalogue');
    return repository.listInterventions(this.dataSource.manager, MAX_INTERVENTIONS);
  }

  async saveIntervention(ctx: Context, input: InterventionInput): Promise<Intervention> {
    requireAccess(ctx, 'supply.manageCatalogue');
    const name = input.name.trim();
    if (!name) throw badUserInput('input.name', 'een naam is verplicht');
    if (!isLevelOfDatabank(input.databank, input.recognitionLevel)) {
      const allowed = LEVELS_BY_DATABANK[input.databank].map((level) => RECOGNITION_LABELS[level].toLowerCase()).join(', ');
      throw badUserInput('input.recognitionLevel', `deze databank kent alleen: ${allowed}`);
    }
    const url = input.databankUrl?.trim() || null;
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw badUserInput('input.databankUrl', 'geef een webadres dat begint met https://');
    const id = input.id ? idOf(input.id, 'input.id') : null;
    const values = { name, databank: input.databank, recognitionLevel: input.recognitionLevel, databankUrl: url, isDemo: false };
    const saved = await repository.saveIntervention(this.dataSource.manager, id, values, ctx.caller.userId);
    if (saved) return saved;
    if (id !== null && !(await repository.interventionById(this.dataSource.manager, id))) throw AccessError.notFound('Interventie');
    throw authError(ErrorCode.CONFLICT, 'Er staat al een interventie met deze naam in de catalogus.', { field: 'input.name' });
  }

  async analysis(ctx: Context, municipalityCode: string): Promise<SupplyAnalysis> {
    await requireAccess(ctx, 'supply.read', { municipalityCode });
    if (!isMunicipalityCode(municipalityCode)) throw badUserInput('municipalityCode', 'moet een CBS-gemeentecode zijn, zoals GM0363');
    const [districts, offers, areas2022, expectedUse] = await Promise.all([
      this.districts.forMunicipality(ctx, municipalityCode),
      repository.offersOf(this.dataSource.manager, municipalityCode, MAX_CARE_OFFERS),
      this.risk.districts(municipalityCode, YOUTH_CARE_YEAR),
      this.expectedUse(municipalityCode),
    ]);
    return assembleAnalysis(municipalityCode, districts, offers, new Map(areas2022.map((a) => [a.code, a])), expectedUse);
  }

  async saveCareOffer(ctx: Context, input: CareOfferInput): Promise<CareOffer> {
    requireAccess(ctx, 'supply.writeOffers', { municipalityCode: input.municipalityCode });
    const db = this.dataSource.manager;
    const values = await this.validOffer(ctx, input);
    const id = input.id ? idOf(input.id, 'input.id') : null;
    if (id === null && (await repository.countOffers(db, input.municipalityCode)) >= MAX_CARE_OFFERS)
      throw badUserInput('input', `een gemeente kan hoogstens ${MAX_CARE_OFFERS} aanbodregels vastleggen`);
    const saved = await repository.saveCareOffer(db, id, values, ctx.caller.userId);
    if (saved === null) throw AccessError.notFound('Aanbod');
    return (await repository.offerById(db, saved))!;
  }

  async deleteCareOffer(ctx: Context, municipalityCode: string, id: string): Promise<boolean> {
    requireAccess(ctx, 'supply.writeOffers', { municipalityCode });
    return repository.deleteCareOffer(this.dataSource.manager, municipalityCode, idOf(id, 'id'));
  }

  private async validOffer(ctx: Context, input: CareOfferInput): Promise<repository.CareOfferValues> {
    const provider = input.provider.trim();
    if (!provider) throw badUserInput('input.provider', 'een aanbieder is verplicht');
    const interventionId = idOf(input.interventionId, 'input.interventionId');
    if (!(await repository.interventionById(this.dataSource.manager, interventionId)))
      throw badUserInput('input.interventionId', 'deze interventie staat niet in de catalogus');
    const known = new Set((await this.districts.forMunicipality(ctx, input.municipalityCode)).map((d) => d.code));
    const districtCodes = [...new Set(input.districtCodes)];
    const unknown = districtCodes.filter((code) => !known.has(code));
    if (unknown.length > 0) throw badUserInput('input.districtCodes', `geen wijk van deze gemeente: ${unknown.slice(0, 5).join(', ')}`);
    return {
      municipalityCode: input.municipalityCode,
      interventionId,
      targetGroup: input.targetGroup,
      preventionLevel: input.preventionLevel,
      provider,
      districtCodes,
      capacity: input.capacity ?? null,
      reachLastYear: input.reachLastYear ?? null,
      waitingWeeks: input.waitingWeeks ?? null,
      isDemo: false,
    };
  }

  /** The expected-use model over all 2017 districts, refitted only when the risk-factor data changes. */
  private async expectedUse(municipalityCode: string) {
    const key = await this.risk.checksum();
    if (this.model?.key !== key) {
      const model = this.risk.allDistricts(EXPECTED_USE_YEAR).then(fitExpectedUse);
      this.model = { key, model };
      model.catch(() => (this.model = null));
    }
    const model = await this.model.model;
    return model ? expectedUseFor(model, await this.risk.districts(municipalityCode, EXPECTED_USE_YEAR)) : null;
  }
}

function idOf(value: string, field: string): number {
  if (!/^\d{1,9}$/.test(value)) throw badUserInput(field, 'onbekend id');
  return Number(value);
}
