import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { badUserInput } from './errors';

/** Largest page any connection hands out; at least 500 so all 342 municipalities fit on one page. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ simpleResolvers: true, description: 'Relay pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'True when a page follows this one.' })
  hasNextPage: boolean;

  @Field({ description: 'True when a page precedes this one.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge on this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge on this page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Builds `<Name>Connection` and `<Name>Edge` object types for a node type. Their plain fields skip the
 * global middleware (`simpleResolvers`): they are never protected, and the node's own fields still pass it.
 */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge in a ${name}Connection.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => node, { description: 'The item at this edge.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${description.toLowerCase()} (Relay connection).` })
  class ConnectionType {
    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount: number;

    @Field(() => [EdgeType], { description: 'The items on this page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Pagination state.' })
    pageInfo: PageInfo;
  }
  return { EdgeType, ConnectionType };
}

const CURSOR_PREFIX = 'c1:';

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

/** Decodes a cursor produced by encodeCursor; anything else is a BAD_USER_INPUT on `field`. */
export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX) || encodeCursor(decoded.slice(CURSOR_PREFIX.length)) !== cursor) {
    throw badUserInput(field, 'onbekende cursor; gebruik een endCursor uit een eerder antwoord');
  }
  return decoded.slice(CURSOR_PREFIX.length);
}
