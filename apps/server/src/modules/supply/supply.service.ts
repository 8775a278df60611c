import {
  ErrorCode,
  interventionCodeOf,
  isInterventionCode,
  isLevelOfDatabank,
  isMunicipalityCode,
  LEVELS_BY_DATABANK,
  RECOGNITION_LABELS,
  type AuditEventType,
  type LinearModel,
} from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { SharedReadCache } from '../../db/shared-read-cache';
import { authError, AccessError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { DistrictService } from '../district/district.service';
import { EffectRepository } from '../effect/effect.repository';
import { RiskProfileRepository } from '../risk-profile/risk-profile.repository';
import { changesBetween, describeIntervention, describeOffer } from './supply.audit';
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
 * Demand and supply: the catalogue is public and kept by NJi administrators and knowledge editors; a
 * municipality's offer and its analysis are that municipality's data (own, sharing partners, NJi
 * staff), edited by its editors. Every change of the catalogue or of an offer is audited.
 * The catalogue and each municipality's analysis are the same for every caller allowed to read them,
 * so they are kept in the shared read cache (checked first, computed once per change of the data).
 */
export class SupplyService {
  private readonly risk: RiskProfileRepository;
  private readonly effects: EffectRepository;
  private model: { key: string | null; model: Promise<LinearModel | null> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly districts: DistrictService,
    private readonly audit: AuditService,
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {
    this.risk = new RiskProfileRepository(dataSource);
    this.effects = new EffectRepository(dataSource);
  }

  async interventions(ctx: Context): Promise<Intervention[]> {
    requireAccess(ctx, 'supply.readCatalogue');
    return this.shared.get('supply.interventions', () => this.readInterventions());
  }

  private async readInterventions(): Promise<Intervention[]> {
    const [entries, published] = await Promise.all([
      repository.listInterventions(this.dataSource.manager, MAX_INTERVENTIONS),
      this.effects.publishedInterventionCodes(),
    ]);
    return entries.map((entry) => ({ ...entry, effectResultsPublished: published.has(entry.code) }));
  }

  /** Adds or changes a catalogue entry (NJi administrators and knowledge editors), audited in the same transaction. */
  async saveIntervention(ctx: Context, input: InterventionInput): Promise<Intervention> {
    requireAccess(ctx, 'supply.manageCatalogue');
    const values = validIntervention(input);
    const id = input.id ? idOf(input.id, 'input.id') : null;
    return this.dataSource.transaction(async (db) => {
      const before = id === null ? null : await repository.interventionById(db, id);
      if (id !== null && !before) throw AccessError.notFound('Interventie');
      const code = before?.code ?? input.code?.trim() ?? interventionCodeOf(values.name);
      if (before && input.code && input.code.trim() !== before.code)
        throw badUserInput('input.code', `de code ligt vast zodra de interventie bestaat (${before.code}): effectmetingen staan eronder`);
      if (!isInterventionCode(code))
        throw badUserInput(
          'input.code',
          'geef een code van kleine letters, cijfers en enkele streepjes, zoals signs-of-safety (hoogstens 60 tekens)',
        );
      const saved = await repository.saveIntervention(db, id, { ...values, code }, ctx.caller.userId);
      if (!saved) throw await this.catalogueConflict(db, values.name, id);
      const details = before ? { changes: changesBetween(describeIntervention(before), describeIntervention(saved)) } : describeIntervention(saved);
      await this.audit.record(
        {
          type: before ? 'INTERVENTION_CHANGED' : 'INTERVENTION_CREATED',
          actor: ctx.caller,
          subjectType: 'Intervention',
          subjectId: saved.id,
          subjectLabel: saved.name,
          clientAddress: ctx.clientAddress,
          details,
        },
        db,
      );
      return { ...saved, effectResultsPublished: (await this.effects.publishedInterventionCodes()).has(saved.code) };
    });
  }

  private async catalogueConflict(db: EntityManager, name: string, id: number | null): Promise<Error> {
    const sameName = await repository.interventionIdByName(db, name);
    if (sameName !== null && sameName !== id)
      return authError(ErrorCode.CONFLICT, 'Er staat al een interventie met deze naam in de catalogus.', { field: 'input.name' });
    return authError(ErrorCode.CONFLICT, 'Er staat al een interventie met deze code in de catalogus.', { field: 'input.code' });
  }

  async analysis(ctx: Context, municipalityCode: string): Promise<SupplyAnalysis> {
    await requireAccess(ctx, 'supply.read', { municipalityCode });
    // the answer holds the district figures: the district pages' check, also when the answer comes from the cache
    requireAccess(ctx, 'geography.read');
    if (!isMunicipalityCode(municipalityCode)) throw badUserInput('municipalityCode', 'moet een CBS-gemeentecode zijn, zoals GM0363');
    return this.shared.get(`supply.analysis:${municipalityCode}`, () => this.computeAnalysis(ctx, municipalityCode));
  }

  /** The analysis from the database; the same for every caller that passed the checks above. */
  private async computeAnalysis(ctx: Context, municipalityCode: string): Promise<SupplyAnalysis> {
    const [districts, offers, areas2022, expectedUse] = await Promise.all([
      this.districts.forMunicipality(ctx, municipalityCode),
      repository.offersOf(this.dataSource.manager, municipalityCode, MAX_CARE_OFFERS),
      this.risk.districts(municipalityCode, YOUTH_CARE_YEAR),
      this.expectedUse(municipalityCode),
    ]);
    return assembleAnalysis(
      municipalityCode,
      districts,
      await this.withEffectResults(offers),
      new Map(areas2022.map((a) => [a.code, a])),
      expectedUse,
    );
  }

  /** Adds or changes an offer of the municipality, audited (who, what changed) in the same transaction. */
  async saveCareOffer(ctx: Context, input: CareOfferInput): Promise<CareOffer> {
    requireAccess(ctx, 'supply.writeOffers', { municipalityCode: input.municipalityCode });
    const values = await this.validOffer(ctx, input);
    const id = input.id ? idOf(input.id, 'input.id') : null;
    const saved = await this.dataSource.transaction(async (db) => {
      const before = id === null ? null : await repository.offerById(db, id);
      if (id !== null && before?.municipalityCode !== input.municipalityCode) throw AccessError.notFound('Aanbod');
      if (id === null && (await repository.countOffers(db, input.municipalityCode)) >= MAX_CARE_OFFERS)
        throw badUserInput('input', `een gemeente kan hoogstens ${MAX_CARE_OFFERS} aanbodregels vastleggen`);
      const savedId = await repository.saveCareOffer(db, id, values, ctx.caller.userId);
      if (savedId === null) throw AccessError.notFound('Aanbod');
      const offer = (await repository.offerById(db, savedId))!;
      const details = before
        ? { municipalityCode: offer.municipalityCode, changes: changesBetween(describeOffer(before), describeOffer(offer)) }
        : describeOffer(offer);
      await this.recordOffer(ctx, db, before ? 'CARE_OFFER_CHANGED' : 'CARE_OFFER_CREATED', offer, details);
      return offer;
    });
    return (await this.withEffectResults([saved]))[0];
  }

  async deleteCareOffer(ctx: Context, municipalityCode: string, id: string): Promise<boolean> {
    requireAccess(ctx, 'supply.writeOffers', { municipalityCode });
    const offerId = idOf(id, 'id');
    return this.dataSource.transaction(async (db) => {
      const before = await repository.offerById(db, offerId);
      if (before?.municipalityCode !== municipalityCode || !(await repository.deleteCareOffer(db, municipalityCode, offerId))) return false;
      await this.recordOffer(ctx, db, 'CARE_OFFER_DELETED', before, describeOffer(before));
      return true;
    });
  }

  private recordOffer(ctx: Context, db: EntityManager, type: AuditEventType, offer: CareOffer, details: Record<string, unknown>): Promise<void> {
    const subjectLabel = `${offer.intervention.name} (${offer.provider}), ${offer.municipalityCode}`;
    return this.audit.record(
      { type, actor: ctx.caller, subjectType: 'CareOffer', subjectId: offer.id, subjectLabel, clientAddress: ctx.clientAddress, details },
      db,
    );
  }

  private async withEffectResults(offers: CareOffer[]): Promise<CareOffer[]> {
    const published = await this.effects.publishedInterventionCodes();
    return offers.map((offer) => ({
      ...offer,
      intervention: { ...offer.intervention, effectResultsPublished: published.has(offer.intervention.code) },
    }));
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

function validIntervention(input: InterventionInput): Omit<repository.InterventionValues, 'code'> {
  const name = input.name.trim();
  if (!name) throw badUserInput('input.name', 'een naam is verplicht');
  if (!isLevelOfDatabank(input.databank, input.recognitionLevel)) {
    const allowed = LEVELS_BY_DATABANK[input.databank].map((level) => RECOGNITION_LABELS[level].toLowerCase()).join(', ');
    throw badUserInput('input.recognitionLevel', `deze databank kent alleen: ${allowed}`);
  }
  const url = input.databankUrl?.trim() || null;
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw badUserInput('input.databankUrl', 'geef een webadres dat begint met https://');
  return { name, databank: input.databank, recognitionLevel: input.recognitionLevel, databankUrl: url, isDemo: false };
}

function idOf(value: string, field: string): number {
  if (!/^\d{1,9}$/.test(value)) throw badUserInput(field, 'onbekend id');
  return Number(value);
}
