import { grantableScopes, type Role, type TokenScope } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import { hashSecret, newSecret } from '../../auth/secrets';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import { apiTokensOf, insertApiToken, revokeApiToken, revokeApiTokensOf, useApiToken, type ApiTokenRow } from './api-token.repository';
import type { ApiToken, CreateApiTokenInput, CreatedApiToken } from './api-token.types';

const TOKEN_PREFIX = 'mon_';

export interface TokenOwner {
  tokenId: string;
  userId: string;
  role: Role;
  municipalityCode: string | null;
  scopes: TokenScope[];
}

export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: Context, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    requireAccess(ctx, 'apiToken.manageOwn');
    const allowed = grantableScopes(ctx.caller.role);
    const excess = input.scopes.filter((scope) => !allowed.includes(scope));
    if (excess.length > 0) {
      throw badUserInput('scopes', `uw rol mag deze bevoegdheden niet aan een token geven: ${excess.join(', ')}`);
    }
    const secret = newSecret(TOKEN_PREFIX);
    const row = await insertApiToken(this.dataSource.manager, {
      userId: ctx.caller.userId,
      name: input.name.trim(),
      hash: hashSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      scopes: [...new Set(input.scopes)],
      expiresInDays: input.expiresInDays,
    });
    const token = toApiToken(row);
    await this.audit.record({
      type: 'TOKEN_CREATED',
      actor: ctx.caller,
      subjectType: 'ApiToken',
      subjectId: token.id,
      subjectLabel: token.name,
      clientAddress: ctx.clientAddress,
      details: { scopes: token.scopes, expiresAt: token.expiresAt.toISOString() },
    });
    return { token, secret };
  }

  async list(ctx: Context): Promise<ApiToken[]> {
    requireAccess(ctx, 'apiToken.manageOwn');
    const rows = await apiTokensOf(this.dataSource.manager, ctx.caller.userId);
    return rows.map(toApiToken);
  }

  async revoke(ctx: Context, id: string): Promise<ApiToken> {
    requireAccess(ctx, 'apiToken.manageOwn');
    const row = await revokeApiToken(this.dataSource.manager, id, ctx.caller.userId);
    if (!row) throw AccessError.notFound('API-token');
    await this.audit.record({
      type: 'TOKEN_REVOKED',
      actor: ctx.caller,
      subjectType: 'ApiToken',
      subjectId: row.id,
      subjectLabel: row.name,
      clientAddress: ctx.clientAddress,
    });
    return toApiToken(row);
  }

  /** The owner behind a bearer secret, when the token works and its owner is active. Records use. */
  async resolve(secret: string, clientAddress: string): Promise<TokenOwner | null> {
    if (!secret.startsWith(TOKEN_PREFIX)) return null;
    const row = await useApiToken(this.dataSource.manager, hashSecret(secret));
    if (!row) return null;
    if (row.first_use) {
      await this.audit.record({
        type: 'TOKEN_FIRST_USED',
        actor: { label: `API-token ${row.name}`, userId: row.user_id },
        subjectType: 'ApiToken',
        subjectId: row.id,
        subjectLabel: row.name,
        clientAddress,
      });
    }
    return { tokenId: row.id, userId: row.user_id, role: row.role, municipalityCode: row.municipality_code, scopes: row.scopes };
  }

  /** Ends every token of a user at once (deactivation, password change or reset); the number ended. */
  async revokeAllOf(userId: string, manager = this.dataSource.manager): Promise<number> {
    return revokeApiTokensOf(manager, userId);
  }
}

function toApiToken(row: ApiTokenRow): ApiToken {
  const revokedAt = row.revoked_at ?? null;
  const expiresAt = new Date(row.expires_at);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.created_at,
    expiresAt,
    firstUsedAt: row.first_used_at,
    lastUsedAt: row.last_used_at,
    revokedAt,
    active: revokedAt === null && expiresAt > new Date(),
    ownerUserId: row.user_id,
  };
}
