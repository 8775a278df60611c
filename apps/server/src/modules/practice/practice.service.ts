import { BAND_LABELS, bandAtPublication, contactProblem, ErrorCode, INDICATORS_2026, isMunicipalityCode, type Caller } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { mayAccess, requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import { submittedValuesWithVersion } from '../indicator/indicator.repository';
import { PracticeRepository, type PracticeContent, type PracticeFilter, type PracticeRow } from './practice.repository';
import type { PracticeExampleContentInput, PracticeExamplesArgs, PracticeExampleType, PublishPracticeExampleInput } from './practice.types';

const INDICATORS = new Map(INDICATORS_2026.map((indicator) => [indicator.key, indicator]));

/**
 * Practice examples: read by every signed-in participant (municipal staff and NJi; not anonymous
 * visitors, not API tokens), published and changed by the editors of the municipality itself,
 * hidden by administrators. Publishing, changing and hiding are audited.
 */
export class PracticeService {
  private readonly repository: PracticeRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.repository = new PracticeRepository(dataSource);
  }

  async list(ctx: Context, args: PracticeExamplesArgs): Promise<PracticeExampleType[]> {
    requireAccess(ctx, 'practice.read');
    const code = args.municipalityCode ?? null;
    if (code !== null && !isMunicipalityCode(code)) throw badUserInput('municipalityCode', 'gebruik GM gevolgd door vier cijfers');
    const rows = await this.repository.list({
      indicatorKey: args.indicatorKey ?? null,
      theme: args.theme ?? null,
      municipalityCode: code,
      search: args.search?.trim() || null,
      hidden: hiddenVisibleTo(ctx.caller),
      first: args.first,
    });
    return rows.map((row) => toExample(row, ctx.caller));
  }

  async byId(ctx: Context, id: number): Promise<PracticeExampleType | null> {
    requireAccess(ctx, 'practice.read');
    const row = await this.repository.byId(id);
    return row && isVisible(row, ctx.caller) ? toExample(row, ctx.caller) : null;
  }

  /** Publishes for the editor's own municipality, with the band it has for the indicator now. */
  async publish(ctx: Context, input: PublishPracticeExampleInput): Promise<PracticeExampleType> {
    requireAccess(ctx, 'practice.publish', { municipalityCode: input.municipalityCode });
    const indicator = INDICATORS.get(input.indicatorKey);
    if (!indicator) throw badUserInput('input.indicatorKey', 'kies een indicator uit de vragenlijst');
    const content = validContent(input);
    const caller = ctx.caller;
    const id = await this.repository.transaction(async (manager) => {
      const values = await submittedValuesWithVersion(manager, null, input.municipalityCode);
      const band = bandAtPublication(
        values.filter((v) => v.indicator_key === indicator.key).map((v) => ({ year: v.year, value: Number(v.value) })),
        indicator,
      );
      const created = await this.repository.insert(
        { ...content, municipalityCode: input.municipalityCode, indicatorKey: indicator.key, theme: indicator.theme, band, authorId: caller.userId },
        manager,
      );
      await this.record(ctx, 'PRACTICE_EXAMPLE_PUBLISHED', created, content.title, { indicator: indicator.key, band: band?.band ?? null }, manager);
      return created;
    });
    return toExample((await this.repository.byId(id))!, caller);
  }

  /** Changes text and contact; only editors of the example's own municipality. */
  async update(ctx: Context, id: number, input: PracticeExampleContentInput): Promise<PracticeExampleType> {
    requireAccess(ctx, 'practice.edit');
    const existing = await this.repository.byId(id);
    if (!existing) throw AccessError.notFound('Praktijkvoorbeeld');
    requireAccess(ctx, 'practice.publish', { municipalityCode: existing.municipality_code });
    const content = validContent(input);
    await this.repository.transaction(async (manager) => {
      await this.repository.update(id, content, manager);
      await this.record(ctx, 'PRACTICE_EXAMPLE_CHANGED', id, content.title, {}, manager);
    });
    return toExample((await this.repository.byId(id))!, ctx.caller);
  }

  /** Administrators hide an example (with a reason) or show it again. */
  async setHidden(ctx: Context, id: number, hidden: boolean, reason: string | null): Promise<PracticeExampleType> {
    requireAccess(ctx, 'practice.moderate');
    const why = reason?.trim() || null;
    if (hidden && !why) throw badUserInput('reason', 'geef een reden op; de gemeente ziet die');
    const existing = await this.repository.byId(id);
    if (!existing) throw AccessError.notFound('Praktijkvoorbeeld');
    if (hidden === (existing.hidden_at !== null)) {
      throw authError(ErrorCode.CONFLICT, hidden ? 'Dit praktijkvoorbeeld is al verborgen.' : 'Dit praktijkvoorbeeld is niet verborgen.');
    }
    await this.repository.transaction(async (manager) => {
      await this.repository.setHidden(id, hidden, why, manager);
      const type = hidden ? 'PRACTICE_EXAMPLE_HIDDEN' : 'PRACTICE_EXAMPLE_SHOWN';
      await this.record(ctx, type, id, existing.title, hidden ? { reason: why } : {}, manager);
    });
    return toExample((await this.repository.byId(id))!, ctx.caller);
  }

  private record(
    ctx: Context,
    type: 'PRACTICE_EXAMPLE_PUBLISHED' | 'PRACTICE_EXAMPLE_CHANGED' | 'PRACTICE_EXAMPLE_HIDDEN' | 'PRACTICE_EXAMPLE_SHOWN',
    id: number,
    title: string,
    details: Record<string, unknown>,
    manager: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        type,
        actor: ctx.caller,
        subjectType: 'PracticeExample',
        subjectId: String(id),
        subjectLabel: title,
        clientAddress: ctx.clientAddress,
        details,
      },
      manager,
    );
  }
}

function validContent(input: PracticeExampleContentInput): PracticeContent {
  const title = input.title.trim();
  if (!title) throw badUserInput('input.title', 'een titel is verplicht');
  const measure = input.measure.trim();
  if (!measure) throw badUserInput('input.measure', 'beschrijf de maatregel in een paar woorden');
  if (!input.bodyMarkdown.trim()) throw badUserInput('input.bodyMarkdown', 'beschrijf wat uw gemeente doet');
  const contact = { consent: input.contactConsent, name: input.contactName?.trim() || null, email: input.contactEmail?.trim() || null };
  const problem = contactProblem(contact);
  if (problem) throw badUserInput(`input.${problem.field}`, problem.message);
  return {
    title,
    measure,
    bodyMarkdown: input.bodyMarkdown,
    contactConsent: contact.consent,
    contactName: contact.name,
    contactEmail: contact.email,
  };
}

/** Hidden examples: administrators see all, a municipality's own users see its own, others none. */
function hiddenVisibleTo(caller: Caller): PracticeFilter['hidden'] {
  if (mayAccess(caller, 'practice.moderate')) return { kind: 'all' };
  if (caller.kind !== 'anonymous' && caller.municipalityCode) return { kind: 'own', municipalityCode: caller.municipalityCode };
  return { kind: 'none' };
}

function isVisible(row: PracticeRow, caller: Caller): boolean {
  if (row.hidden_at === null) return true;
  const rule = hiddenVisibleTo(caller);
  return rule.kind === 'all' || (rule.kind === 'own' && rule.municipalityCode === row.municipality_code);
}

function toExample(row: PracticeRow, caller: Caller): PracticeExampleType {
  return {
    id: row.id,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    indicatorKey: row.indicator_key,
    indicatorLabel: INDICATORS.get(row.indicator_key)?.label ?? null,
    theme: row.theme,
    title: row.title,
    measure: row.measure,
    bodyMarkdown: row.body_markdown,
    band: row.band,
    bandLabel: row.band ? BAND_LABELS[row.band] : null,
    bandYear: row.band_year,
    bandValue: row.band_value === null ? null : Number(row.band_value),
    // the database keeps a contact only with consent; checked again so a contact never leaks without it
    contact: row.contact_consent && row.contact_name && row.contact_email ? { name: row.contact_name, email: row.contact_email } : null,
    source: row.source_note,
    authorName: row.author_name,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    hidden: row.hidden_at !== null,
    hiddenReason: row.hidden_reason,
    canEdit: mayAccess(caller, 'practice.publish', { municipalityCode: row.municipality_code }),
  };
}
