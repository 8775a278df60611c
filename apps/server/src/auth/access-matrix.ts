import type { Role, TokenScope } from '@monitor/domain';

/**
 * THE access matrix: every query, every mutation and every field of a protected type is listed
 * here with who may use it. Anything not listed is denied (deny by default), and a test fails
 * when the schema has an operation or protected field that is missing here.
 *
 * - `allow`: 'anyone' (also anonymous), 'signed-in', or the roles that may use it.
 * - `self`: also allowed when the object belongs to the caller (their own user, token, session).
 * - `token`: the scope an API token needs; without it, API tokens may not use the entry at all.
 *   A token acts with its owner's role, so it never grants more than the owner has.
 *
 * The services check again, as their first statement, with `requireAccess(ctx, permission, target)`
 * (auth/access.ts) against PERMISSIONS at the end of this file: the same audiences, plus per-municipality
 * rules (own municipality, partners under a sharing agreement, every municipality for NJi staff).
 */
export type Audience = 'anyone' | 'signed-in' | readonly Role[];

export interface AccessRule {
  allow: Audience;
  self?: boolean;
  token?: TokenScope;
}

const PUBLIC_DATA = { allow: 'anyone', token: 'PUBLIC_READ' } as const satisfies AccessRule;
const ANYONE_IN_BROWSER = { allow: 'anyone' } as const satisfies AccessRule;
const SIGNED_IN_IN_BROWSER = { allow: 'signed-in' } as const satisfies AccessRule;
const ADMIN_ONLY = { allow: ['ADMIN'] } as const satisfies AccessRule;
const ADMIN_OR_SELF = { allow: ['ADMIN'], self: true, token: 'PUBLIC_READ' } as const satisfies AccessRule;
const NJI = { allow: ['ADMIN', 'ANALYST'] } as const satisfies AccessRule;
/** Reading a municipality's own data: the service then checks which municipality (own, shared, or all for NJi). */
const MUNICIPAL_DATA = { allow: 'signed-in', token: 'MUNICIPALITY_READ' } as const satisfies AccessRule;
/** Changing a municipality's own data: editors, for their own municipality (checked in the service). */
const MUNICIPAL_WRITE = { allow: ['MUNICIPAL_EDITOR'], token: 'MUNICIPALITY_WRITE' } as const satisfies AccessRule;
/** Writing knowledge-base articles: NJi/Movisie knowledge editors and administrators, in the browser. */
const KNOWLEDGE_WRITE = { allow: ['KNOWLEDGE_EDITOR', 'ADMIN'] } as const satisfies AccessRule;
/** Everyone who writes Markdown somewhere (articles, practice examples, factsheets), for the editors' preview. */
const MARKDOWN_WRITERS = { allow: ['KNOWLEDGE_EDITOR', 'ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR'] } as const satisfies AccessRule;
/** The intervention catalogue (databank, recognition level): NJi administrators and knowledge editors, in the browser. */
const CATALOGUE_WRITE = { allow: ['ADMIN', 'KNOWLEDGE_EDITOR'] } as const satisfies AccessRule;
/** The forum: participants are signed-in people (municipal users and NJi staff) in the browser; never API tokens. */
const FORUM_PARTICIPANT = SIGNED_IN_IN_BROWSER;
/** Forum moderation (reports, hiding, locking): NJi administrators and knowledge editors (packages/domain FORUM_MODERATORS). */
const FORUM_MODERATOR = { allow: ['ADMIN', 'KNOWLEDGE_EDITOR'] } as const satisfies AccessRule;

/**
 * Research exports: NJi analysts and municipal staff, also through an API token that may read
 * municipal data; what rows and names an export holds is decided in the service (own, partners or
 * every municipality; the naming rule in packages/domain research-export). Creating a project is
 * done in the browser.
 */
const RESEARCH = { allow: ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'], token: 'MUNICIPALITY_READ' } as const satisfies AccessRule;

/** Types whose every field must be in the matrix. */
export const PROTECTED_TYPES = [
  'User',
  'Registration',
  'ApiToken',
  'Session',
  'AuditEvent',
  'MailMessage',
  'Response',
  'Answer',
  'ResponseChange',
  'IndicatorResult',
  'IndicatorHistoryPoint',
  'KnowledgeRevision',
] as const;

export const ACCESS_MATRIX: Record<string, AccessRule> = {
  // Public reference data
  'Query.municipalities': PUBLIC_DATA,
  'Query.municipality': PUBLIC_DATA,
  'Query.regions': PUBLIC_DATA,
  'Query.region': PUBLIC_DATA,
  // Published (disclosure-protected) Veilig Thuis figures, estimates and districts
  'Query.statistics': PUBLIC_DATA,
  'Query.statisticMeasures': PUBLIC_DATA,
  'Query.veiligThuisFigures': PUBLIC_DATA,
  'Query.mapLayers': PUBLIC_DATA,
  'Query.mapLayer': PUBLIC_DATA,
  'Query.estimate': PUBLIC_DATA,
  'Query.districts': PUBLIC_DATA,
  // Risk profiles and model estimates: public figures and estimates derived from them (disclosure rules in the services)
  'Query.estimateModel': PUBLIC_DATA,
  'Query.domesticViolenceEstimate': PUBLIC_DATA,
  'Query.riskProfile': PUBLIC_DATA,
  'Query.districtRiskProfiles': PUBLIC_DATA,
  'Query.districtRiskProfileYears': PUBLIC_DATA,

  // Questionnaires: the questions are public; answers and indicators belong to a municipality
  'Query.questionnaire': PUBLIC_DATA,
  'Query.questionnaires': PUBLIC_DATA,
  'Mutation.cloneQuestionnaire': ADMIN_ONLY,
  'Mutation.updateQuestionnaire': ADMIN_ONLY,
  'Mutation.openQuestionnaire': ADMIN_ONLY,
  'Query.response': MUNICIPAL_DATA,
  'Mutation.saveAnswers': MUNICIPAL_WRITE,
  'Mutation.submitResponse': MUNICIPAL_WRITE,
  'Mutation.prefillFromPreviousYear': MUNICIPAL_WRITE,
  'Mutation.reopenResponse': ADMIN_ONLY,
  'Query.indicators': MUNICIPAL_DATA,
  'Query.indicatorHistory': MUNICIPAL_DATA,

  // Benchmarks: released aggregates are public; a municipality's own value and analysts' unpublished
  // groups (NJi staff only) are checked in the service; only administrators publish a group
  'Query.benchmark': PUBLIC_DATA,
  'Query.benchmarks': PUBLIC_DATA,
  'Query.benchmarkGroups': PUBLIC_DATA,
  'Mutation.createBenchmarkGroup': NJI,
  'Mutation.publishBenchmarkGroup': ADMIN_ONLY,
  'Query.benchmarkDisclosure': ADMIN_ONLY,

  // Sharing agreements: decided by municipal editors in the browser; administrators see all
  'Query.sharingAgreements': { allow: ['ADMIN', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'] },
  'Query.sharedIndicators': { allow: ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'], token: 'MUNICIPALITY_READ' },
  'Mutation.proposeSharingAgreement': { allow: ['MUNICIPAL_EDITOR'] },
  'Mutation.respondToSharingAgreement': { allow: ['MUNICIPAL_EDITOR'] },
  'Mutation.withdrawFromSharingAgreement': { allow: ['MUNICIPAL_EDITOR'] },

  // Knowledge base: public knowledge, readable by anyone (also anonymous visitors and PUBLIC_READ
  // tokens); written by knowledge editors and administrators. Editors' names in the revision
  // history are shown to signed-in participants only.
  'Query.knowledgeArticles': PUBLIC_DATA,
  'Query.knowledgeArticle': PUBLIC_DATA,
  'Query.knowledgeMarkdownPreview': MARKDOWN_WRITERS,
  'Mutation.saveKnowledgeArticle': KNOWLEDGE_WRITE,
  'KnowledgeRevision.revision': PUBLIC_DATA,
  'KnowledgeRevision.title': PUBLIC_DATA,
  'KnowledgeRevision.note': PUBLIC_DATA,
  'KnowledgeRevision.createdAt': PUBLIC_DATA,
  'KnowledgeRevision.authorName': { allow: 'signed-in', token: 'PUBLIC_READ' },

  // Practice examples: for participants (signed in, in the browser; not anonymous visitors, not API
  // tokens, since examples name people who agreed to be contacted by colleagues only). Editors publish
  // for their own municipality (checked in the service); administrators hide.
  'Query.practiceExamples': SIGNED_IN_IN_BROWSER,
  'Query.practiceExample': SIGNED_IN_IN_BROWSER,
  'Mutation.publishPracticeExample': { allow: ['MUNICIPAL_EDITOR'] },
  'Mutation.updatePracticeExample': { allow: ['MUNICIPAL_EDITOR'] },
  'Mutation.setPracticeExampleHidden': ADMIN_ONLY,
  // Demand and supply: the intervention catalogue is public and kept by NJi staff: administrators and
  // knowledge editors (the people who follow the NJi and Movisie databanks; analysts read, they do not
  // recognise interventions), in the browser. A municipality's offer and its analysis are its own data
  // (own, partners, NJi), edited by its editors. Catalogue and offer changes are audited.
  'Query.interventions': PUBLIC_DATA,
  'Mutation.saveIntervention': CATALOGUE_WRITE,
  'Query.supplyAnalysis': MUNICIPAL_DATA,
  'Mutation.saveCareOffer': MUNICIPAL_WRITE,
  'Mutation.deleteCareOffer': MUNICIPAL_WRITE,
  // Factsheets: published ones are public (also anonymous visitors and PUBLIC_READ tokens, and the PDF at
  // /pdf/factsheets/<slug>.pdf); NJi staff compose drafts in the browser; only administrators publish
  'Query.factsheets': PUBLIC_DATA,
  'Query.factsheet': PUBLIC_DATA,
  'Query.factsheetDrafts': NJI,
  'Query.factsheetDraft': NJI,
  'Mutation.saveFactsheet': NJI,
  'Mutation.publishFactsheet': ADMIN_ONLY,
  'Mutation.unpublishFactsheet': ADMIN_ONLY,
  // The yearly national report: public like published factsheets (also PUBLIC_READ tokens, and the PDF at
  // /pdf/jaarrapport/<year>.pdf); built from what anonymous visitors get; practice examples only for participants
  'Query.nationalReportYears': PUBLIC_DATA,
  'Query.nationalReport': PUBLIC_DATA,
  // Effect monitoring: released figures are public; a municipality's pseudonymised scores only for
  // itself and NJi staff (no sharing partners); uploads by its editors (checked in the service)
  'Query.effectPublications': PUBLIC_DATA,
  'Query.effectScores': MUNICIPAL_DATA,
  'Mutation.uploadEffectScores': MUNICIPAL_WRITE,
  'Mutation.saveEffectTrajectory': MUNICIPAL_WRITE,
  // Forum: questions and answers between participants; moderation by administrators and knowledge editors
  'Query.forumCategories': FORUM_PARTICIPANT,
  'Query.forumThreads': FORUM_PARTICIPANT,
  'Query.forumThread': FORUM_PARTICIPANT,
  'Query.forumNotifications': FORUM_PARTICIPANT,
  'Query.forumUnreadCount': FORUM_PARTICIPANT,
  'Query.forumNewAnswers': FORUM_PARTICIPANT,
  'Query.forumReports': FORUM_MODERATOR,
  'Mutation.askForumQuestion': FORUM_PARTICIPANT,
  'Mutation.answerForumQuestion': FORUM_PARTICIPANT,
  'Mutation.acceptForumAnswer': FORUM_PARTICIPANT,
  'Mutation.followForumThread': FORUM_PARTICIPANT,
  'Mutation.markForumNotificationsRead': FORUM_PARTICIPANT,
  'Mutation.reportForumPost': FORUM_PARTICIPANT,
  'Mutation.hideForumPost': FORUM_MODERATOR,
  'Mutation.lockForumThread': FORUM_MODERATOR,
  // Research exports (projects with a server-held pseudonymisation key; GET /export/onderzoek/... streams the file)
  'Query.exportProjects': RESEARCH,
  'Query.researchExportPreview': RESEARCH,
  'Mutation.createExportProject': { allow: RESEARCH.allow },
  'Export.research': RESEARCH,

  // Upload of CBS files (POST /import/cbs, not GraphQL): administrators in the browser
  'Import.cbs': ADMIN_ONLY,

  // Introspection (__schema, __type) and the /playground IDE; everyone in demo mode
  'Query.__schema': NJI,

  // Accounts
  'Query.me': { allow: 'anyone', token: 'PUBLIC_READ' },
  'Query.demoAccounts': ANYONE_IN_BROWSER,
  'Mutation.register': ANYONE_IN_BROWSER,
  'Mutation.login': ANYONE_IN_BROWSER,
  'Mutation.logout': SIGNED_IN_IN_BROWSER,
  'Mutation.logoutEverywhere': SIGNED_IN_IN_BROWSER,
  'Mutation.changePassword': SIGNED_IN_IN_BROWSER,
  'Mutation.requestPasswordReset': ANYONE_IN_BROWSER,
  'Mutation.resetPassword': ANYONE_IN_BROWSER,
  'Query.sessions': SIGNED_IN_IN_BROWSER,
  'Mutation.revokeSession': SIGNED_IN_IN_BROWSER,
  'Query.apiTokens': SIGNED_IN_IN_BROWSER,
  'Mutation.createApiToken': SIGNED_IN_IN_BROWSER,
  'Mutation.revokeApiToken': SIGNED_IN_IN_BROWSER,

  // Administration
  'Query.registrations': ADMIN_ONLY,
  'Mutation.approveRegistration': ADMIN_ONLY,
  'Mutation.rejectRegistration': ADMIN_ONLY,
  'Query.users': ADMIN_ONLY,
  'Mutation.changeUserRole': ADMIN_ONLY,
  'Mutation.deactivateUser': ADMIN_ONLY,
  'Mutation.reactivateUser': ADMIN_ONLY,
  'Query.auditEvents': ADMIN_ONLY,
  'Query.statisticsDisclosure': ADMIN_ONLY,
  'Query.mailOutbox': ADMIN_ONLY,

  // User: the person themself and administrators
  'User.id': ADMIN_OR_SELF,
  'User.email': ADMIN_OR_SELF,
  'User.name': ADMIN_OR_SELF,
  'User.jobTitle': ADMIN_OR_SELF,
  'User.role': ADMIN_OR_SELF,
  'User.municipality': ADMIN_OR_SELF,
  'User.active': ADMIN_OR_SELF,
  'User.isDemo': ADMIN_OR_SELF,
  'User.createdAt': ADMIN_OR_SELF,
  'User.deactivatedAt': ADMIN_ONLY,

  // Registration: only administrators see applications
  'Registration.id': ADMIN_ONLY,
  'Registration.email': ADMIN_ONLY,
  'Registration.name': ADMIN_ONLY,
  'Registration.jobTitle': ADMIN_ONLY,
  'Registration.municipality': ADMIN_ONLY,
  'Registration.requestedRole': ADMIN_ONLY,
  'Registration.motivation': ADMIN_ONLY,
  'Registration.status': ADMIN_ONLY,
  'Registration.createdAt': ADMIN_ONLY,
  'Registration.decidedAt': ADMIN_ONLY,
  'Registration.grantedRole': ADMIN_ONLY,
  'Registration.rejectionReason': ADMIN_ONLY,

  // API tokens and sessions: only their owner
  'ApiToken.id': { allow: [], self: true },
  'ApiToken.name': { allow: [], self: true },
  'ApiToken.prefix': { allow: [], self: true },
  'ApiToken.scopes': { allow: [], self: true },
  'ApiToken.createdAt': { allow: [], self: true },
  'ApiToken.expiresAt': { allow: [], self: true },
  'ApiToken.firstUsedAt': { allow: [], self: true },
  'ApiToken.lastUsedAt': { allow: [], self: true },
  'ApiToken.revokedAt': { allow: [], self: true },
  'ApiToken.active': { allow: [], self: true },
  'Session.id': { allow: [], self: true },
  'Session.createdAt': { allow: [], self: true },
  'Session.lastSeenAt': { allow: [], self: true },
  'Session.expiresAt': { allow: [], self: true },
  'Session.clientAddress': { allow: [], self: true },
  'Session.userAgent': { allow: [], self: true },
  'Session.deviceLabel': { allow: [], self: true },
  'Session.current': { allow: [], self: true },

  // Audit log and mail outbox: administrators
  'AuditEvent.id': ADMIN_ONLY,
  'AuditEvent.occurredAt': ADMIN_ONLY,
  'AuditEvent.type': ADMIN_ONLY,
  'AuditEvent.actorLabel': ADMIN_ONLY,
  'AuditEvent.subjectType': ADMIN_ONLY,
  'AuditEvent.subjectId': ADMIN_ONLY,
  'AuditEvent.subjectLabel': ADMIN_ONLY,
  'AuditEvent.clientAddress': ADMIN_ONLY,
  'AuditEvent.details': ADMIN_ONLY,
  'MailMessage.id': ADMIN_ONLY,
  'MailMessage.to': ADMIN_ONLY,
  'MailMessage.subject': ADMIN_ONLY,
  'MailMessage.body': ADMIN_ONLY,
  'MailMessage.createdAt': ADMIN_ONLY,
  'MailMessage.sentAt': ADMIN_ONLY,
  'MailMessage.error': ADMIN_ONLY,

  // A municipality's response and indicators: only reachable through the queries above, whose
  // services check the municipality; repeated here so no field is unguarded.
  ...Object.fromEntries(
    [
      'Response.year',
      'Response.municipalityCode',
      'Response.status',
      'Response.submittedAt',
      'Response.isDemo',
      'Response.answers',
      'Response.municipality',
      'Response.questionnaire',
      'Response.progress',
      'Response.history',
      'Answer.questionKey',
      'Answer.value',
      'Answer.version',
      'Answer.updatedAt',
      'Answer.updatedBy',
      'ResponseChange.id',
      'ResponseChange.kind',
      'ResponseChange.questionKey',
      'ResponseChange.oldValue',
      'ResponseChange.newValue',
      'ResponseChange.version',
      'ResponseChange.note',
      'ResponseChange.changedAt',
      'ResponseChange.changedBy',
      ...[
        'key',
        'label',
        'theme',
        'description',
        'computed',
        'value',
        'band',
        'bandLabel',
        'tips',
        'known',
        'unknown',
        'missing',
        'total',
        'previousYear',
        'previousValue',
        'change',
        'computedAt',
      ].map((field) => `IndicatorResult.${field}`),
      'IndicatorHistoryPoint.year',
      'IndicatorHistoryPoint.value',
      'IndicatorHistoryPoint.band',
      'IndicatorHistoryPoint.isDemo',
    ].map((key) => [key, MUNICIPAL_DATA]),
  ),
};

/**
 * Whose municipality data a permission reaches: the caller's own municipality, that of a partner
 * under an active sharing agreement, or every municipality for NJi staff (ADMIN, ANALYST).
 */
export type MunicipalityReach = 'own' | 'partner' | 'all-for-nji';

export interface MunicipalityRule {
  reach: readonly MunicipalityReach[];
  /** The scope an API token needs for the municipality's data. */
  token: TokenScope;
  /** The target may be left out; then only the audience applies (benchmarks without an own value). */
  optional?: boolean;
}

/** What a service use case requires: an audience (as in the matrix) and, for a municipality's data, a rule. */
export interface Permission extends AccessRule {
  municipality?: MunicipalityRule;
}

/** Reading a municipality's data: own, a partner's under an active agreement, or any for NJi staff. */
const READ_MUNICIPALITY = { reach: ['own', 'partner', 'all-for-nji'], token: 'MUNICIPALITY_READ' } as const satisfies MunicipalityRule;
/** Changing a municipality's data: only its own editors. */
const WRITE_MUNICIPALITY = { reach: ['own'], token: 'MUNICIPALITY_WRITE' } as const satisfies MunicipalityRule;

/**
 * THE permissions of the service use cases, checked by `requireAccess` as the first statement of every
 * public service method (a test scans the services for it). They reuse the audiences of the matrix above.
 */
export const PERMISSIONS = {
  // public (reference and published) data
  'geography.read': PUBLIC_DATA,
  'statistics.read': PUBLIC_DATA,
  'estimate.read': PUBLIC_DATA,
  'questionnaire.read': PUBLIC_DATA,
  /** released aggregates; with a municipality, also its own value (own, partner or NJi) */
  'benchmark.read': { ...PUBLIC_DATA, municipality: { ...READ_MUNICIPALITY, optional: true } },
  'benchmark.createGroup': NJI,
  'knowledge.read': PUBLIC_DATA,
  'knowledge.write': KNOWLEDGE_WRITE,
  /** the sanitised preview of a Markdown text (no data): for every editor of Markdown */
  'markdown.preview': MARKDOWN_WRITERS,
  'practice.read': SIGNED_IN_IN_BROWSER,
  /** audience only, before the example (and so its municipality) is looked up */
  'practice.edit': { allow: ['MUNICIPAL_EDITOR'] },
  /** publishing or changing an example: editors of its own municipality, in the browser */
  'practice.publish': { allow: ['MUNICIPAL_EDITOR'], municipality: WRITE_MUNICIPALITY },
  'practice.moderate': ADMIN_ONLY,
  'factsheet.read': PUBLIC_DATA,
  'factsheet.compose': NJI,
  'factsheet.publish': ADMIN_ONLY,
  'nationalReport.read': PUBLIC_DATA,
  'forum.participate': FORUM_PARTICIPANT,
  'forum.moderate': FORUM_MODERATOR,
  'benchmark.publishGroup': ADMIN_ONLY,
  'benchmark.readDisclosure': ADMIN_ONLY,
  'statistics.readDisclosure': ADMIN_ONLY,
  'statistics.import': ADMIN_ONLY,
  'questionnaire.manage': ADMIN_ONLY,

  // a municipality's own answers and indicators
  'municipality.readAnswers': { ...MUNICIPAL_DATA, municipality: READ_MUNICIPALITY },
  'municipality.readIndicators': { ...MUNICIPAL_DATA, municipality: READ_MUNICIPALITY },
  'municipality.export': { ...MUNICIPAL_DATA, municipality: READ_MUNICIPALITY },
  'researchExport.use': RESEARCH,
  'municipality.writeAnswers': { ...MUNICIPAL_WRITE, municipality: WRITE_MUNICIPALITY },
  'response.reopen': ADMIN_ONLY,

  // demand and supply
  'supply.readCatalogue': PUBLIC_DATA,
  'supply.manageCatalogue': CATALOGUE_WRITE,
  'supply.read': { ...MUNICIPAL_DATA, municipality: READ_MUNICIPALITY },
  'supply.writeOffers': { ...MUNICIPAL_WRITE, municipality: WRITE_MUNICIPALITY },
  // effect monitoring: released figures public; raw (pseudonymised) scores own municipality and NJi only
  'effect.read': PUBLIC_DATA,
  'effect.readScores': { ...MUNICIPAL_DATA, municipality: { reach: ['own', 'all-for-nji'], token: 'MUNICIPALITY_READ' } },
  'effect.upload': { ...MUNICIPAL_WRITE, municipality: WRITE_MUNICIPALITY },

  // sharing agreements
  'sharing.read': { allow: ['ADMIN', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'] },
  'sharing.manage': { allow: ['MUNICIPAL_EDITOR'] },
  'sharing.readIndicators': { allow: ['ADMIN', 'ANALYST', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER'], token: 'MUNICIPALITY_READ' },

  // accounts
  'account.me': { allow: 'anyone', token: 'PUBLIC_READ' },
  'account.signIn': ANYONE_IN_BROWSER,
  'account.register': ANYONE_IN_BROWSER,
  'account.resetPassword': ANYONE_IN_BROWSER,
  'account.demo': ANYONE_IN_BROWSER,
  'account.manageOwn': SIGNED_IN_IN_BROWSER,
  'apiToken.manageOwn': SIGNED_IN_IN_BROWSER,

  // administration
  'user.manage': ADMIN_ONLY,
  'registration.manage': ADMIN_ONLY,
  'audit.read': ADMIN_ONLY,
  'mail.read': ADMIN_ONLY,
} as const satisfies Record<string, Permission>;

export type PermissionName = keyof typeof PERMISSIONS;
