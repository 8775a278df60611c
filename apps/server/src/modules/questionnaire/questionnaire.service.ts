import type { IndicatorDefinition, Question, QuestionnaireDefinition } from '@monitor/domain';
import { ErrorCode } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess, type AccessSubject } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { SharedReadCache } from '../../db/shared-read-cache';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import { allQuestionnaires, insertDraft, markOpened, questionnaireOfYear, updateDraft, type QuestionnaireRow } from './questionnaire.repository';
import type { Questionnaire, QuestionnaireStatus, QuestionType_ } from './questionnaire.types';

/** A questionnaire version as stored: the definition and indicators are domain data. */
export interface StoredQuestionnaire {
  id: number;
  year: number;
  title: string;
  definition: QuestionnaireDefinition;
  indicators: IndicatorDefinition[];
  opensOn: string;
  closesOn: string;
  status: QuestionnaireStatus;
  isDemo: boolean;
}

// a row from the shared read cache is the same object for many requests: convert it once (read-only)
const storedOfRow = new WeakMap<QuestionnaireRow, StoredQuestionnaire>();
const shownOfStored = new WeakMap<StoredQuestionnaire, Questionnaire>();

function toStored(row: QuestionnaireRow): StoredQuestionnaire {
  let stored = storedOfRow.get(row);
  if (!stored) storedOfRow.set(row, (stored = storedOf(row)));
  return stored;
}

function storedOf(row: QuestionnaireRow): StoredQuestionnaire {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    definition: row.definition,
    indicators: row.indicators,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status,
    isDemo: row.is_demo,
  };
}

export function toQuestionnaire(q: StoredQuestionnaire): Questionnaire {
  let shown = shownOfStored.get(q);
  if (!shown) shownOfStored.set(q, (shown = questionnaireOf(q)));
  return shown;
}

function questionnaireOf(q: StoredQuestionnaire): Questionnaire {
  return {
    id: q.id,
    year: q.year,
    title: q.title,
    introduction: q.definition.introduction,
    opensOn: q.opensOn,
    closesOn: q.closesOn,
    status: q.status,
    isDemo: q.isDemo,
    sections: q.definition.sections.map((section) => ({
      key: section.key,
      title: section.title,
      description: section.description ?? null,
      questions: section.questions.map(toQuestion),
    })),
    indicators: q.indicators.map((i) => ({
      key: i.key,
      label: i.label,
      theme: i.theme,
      description: i.description,
      questionKeys: [...i.formula.questions],
      thresholds: i.thresholds,
    })),
  };
}

function toQuestion(q: Question): QuestionType_ {
  return {
    key: q.key,
    type: q.type,
    label: q.label,
    help: q.help ?? null,
    required: q.required,
    options: [...(q.options ?? [])],
    min: q.type === 'PERCENTAGE' ? 0 : (q.min ?? null),
    max: q.type === 'PERCENTAGE' ? 100 : (q.max ?? null),
    unit: q.type === 'PERCENTAGE' ? '%' : (q.unit ?? null),
    integer: q.integer ?? false,
    maxLength: q.type === 'TEXT' ? (q.maxLength ?? 4000) : null,
    showIf: q.showIf ?? null,
  };
}

/** Questionnaire contents are public: everyone may read the questions. */
export class QuestionnaireService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {}

  /** In a transaction (`manager`) always read from it; otherwise the row is shared between requests. */
  async byYear(year: number, manager?: EntityManager): Promise<StoredQuestionnaire | null> {
    const row = manager
      ? await questionnaireOfYear(manager, year)
      : await this.shared.get(`questionnaire:${year}`, () => questionnaireOfYear(this.dataSource.manager, year));
    return row ? toStored(row) : null;
  }

  async requireYear(year: number, manager?: EntityManager): Promise<StoredQuestionnaire> {
    const questionnaire = await this.byYear(year, manager);
    if (!questionnaire) throw AccessError.notFound(`Vragenlijst ${year}`);
    return questionnaire;
  }

  /** Query.questionnaire: the questions of a year are public. */
  async get(ctx: AccessSubject, year: number): Promise<StoredQuestionnaire | null> {
    requireAccess(ctx, 'questionnaire.read');
    return this.byYear(year);
  }

  async list(ctx: AccessSubject): Promise<StoredQuestionnaire[]> {
    requireAccess(ctx, 'questionnaire.read');
    return (await allQuestionnaires(this.dataSource.manager)).map(toStored);
  }

  /** ADMIN: a draft for a new year, copied from an existing version (question keys stay the same). */
  async clone(ctx: Context, fromYear: number, toYear: number): Promise<StoredQuestionnaire> {
    requireAccess(ctx, 'questionnaire.manage');
    const source = await this.requireYear(fromYear);
    if (await this.byYear(toYear)) throw authError(ErrorCode.CONFLICT, `Er bestaat al een vragenlijst voor ${toYear}.`);
    const definition = { ...source.definition, year: toYear, title: source.definition.title.replace(String(fromYear), String(toYear)) };
    await this.dataSource.transaction(async (manager) => {
      await insertDraft(manager, definition, source.indicators);
      await this.audit.record(
        {
          type: 'QUESTIONNAIRE_CHANGED',
          actor: ctx.caller,
          subjectType: 'Questionnaire',
          subjectId: String(toYear),
          clientAddress: ctx.clientAddress,
          details: { clonedFrom: fromYear },
        },
        manager,
      );
    });
    return this.requireYear(toYear);
  }

  /** ADMIN: edit a draft (definition, title, dates). Opened versions are immutable. */
  async update(
    ctx: Context,
    year: number,
    changes: { definition?: QuestionnaireDefinition; opensOn?: string; closesOn?: string },
    validate: (definition: QuestionnaireDefinition, indicators: IndicatorDefinition[]) => string[],
  ): Promise<StoredQuestionnaire> {
    requireAccess(ctx, 'questionnaire.manage');
    const current = await this.requireYear(year);
    if (current.status !== 'DRAFT')
      throw authError(ErrorCode.CONFLICT, 'Deze vragenlijst is al geopend en kan niet meer worden gewijzigd; maak een kopie voor een nieuw jaar.');
    const definition = changes.definition ?? current.definition;
    if (definition.year !== year) throw badUserInput('definition.year', `hoort ${year} te zijn`);
    const problems = validate(definition, current.indicators);
    if (problems.length > 0) throw badUserInput('definition', problems.join('; '));
    const opensOn = changes.opensOn ?? current.opensOn;
    const closesOn = changes.closesOn ?? current.closesOn;
    if (closesOn < opensOn) throw badUserInput('closesOn', 'de sluitingsdatum ligt voor de openingsdatum');
    await this.dataSource.transaction(async (manager) => {
      await updateDraft(manager, year, definition, opensOn, closesOn);
      await this.audit.record(
        { type: 'QUESTIONNAIRE_CHANGED', actor: ctx.caller, subjectType: 'Questionnaire', subjectId: String(year), clientAddress: ctx.clientAddress },
        manager,
      );
    });
    return this.requireYear(year);
  }

  /** ADMIN: opens a draft; from then on it is immutable (enforced by the database). */
  async open(ctx: Context, year: number): Promise<StoredQuestionnaire> {
    requireAccess(ctx, 'questionnaire.manage');
    const current = await this.requireYear(year);
    if (current.status !== 'DRAFT') throw authError(ErrorCode.CONFLICT, 'Deze vragenlijst is al geopend.');
    await this.dataSource.transaction(async (manager) => {
      await markOpened(manager, year);
      await this.audit.record(
        { type: 'QUESTIONNAIRE_OPENED', actor: ctx.caller, subjectType: 'Questionnaire', subjectId: String(year), clientAddress: ctx.clientAddress },
        manager,
      );
    });
    return this.requireYear(year);
  }
}
