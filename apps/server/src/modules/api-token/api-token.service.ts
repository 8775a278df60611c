import { grantableScopes, type Role, type TokenScope } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import { hashSecret, newSecret } from '../../auth/secrets';
import type { Context } from '../../context';
import { rowsOf } from '../../db/sql';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
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
    const [row] = await rowsOf<ApiTokenRow>(
      this.dataSource,
      `INSERT INTO api_token (user_id, name, token_hash, prefix, scopes, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING *`,
      [
        ctx.caller.userId,
        input.name.trim(),
        hashSecret(secret),
        secret.slice(0, TOKEN_PREFIX.length + 6),
        [...new Set(input.scopes)],
        input.expiresInDays,
      ],
    );
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
    const rows = await this.dataSource.query<ApiTokenRow[]>('SELECT * FROM api_token WHERE user_id = $1 ORDER BY created_at DESC', [
      ctx.caller.userId,
    ]);
    return rows.map(toApiToken);
  }

  async revoke(ctx: Context, id: string): Promise<ApiToken> {
    requireAccess(ctx, 'apiToken.manageOwn');
    const [row] = await rowsOf<ApiTokenRow>(
      this.dataSource,
      `UPDATE api_token SET revoked_at = coalesce(revoked_at, now())
        WHERE id::text = $1 AND user_id = $2 RETURNING *`,
      [id, ctx.caller.userId],
    );
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
    const [row] = await rowsOf<UsedTokenRow>(
      this.dataSource,
      `UPDATE api_token t SET last_used_at = now(), first_used_at = coalesce(t.first_used_at, now())
         FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id
        WHERE t.token_hash = $1 AND u.id = t.user_id AND u.active AND t.revoked_at IS NULL AND t.expires_at > now()
        RETURNING t.id, t.name, t.scopes, u.id AS user_id, u.role, m.code AS municipality_code,
                  (t.first_used_at = t.last_used_at) AS first_use`,
      [hashSecret(secret)],
    );
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
    const rows = await rowsOf<{ id: string }>(
      manager,
      'UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
      [userId],
    );
    return rows.length;
  }
}

interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  created_at: Date;
  expires_at: Date;
  first_used_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

interface UsedTokenRow {
  id: string;
  name: string;
  scopes: TokenScope[];
  user_id: string;
  role: Role;
  municipality_code: string | null;
  first_use: boolean;
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
