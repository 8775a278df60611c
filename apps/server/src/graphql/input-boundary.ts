import { findInvalidText, TEXT_PROBLEM_MESSAGES } from '@monitor/domain';
import type { MiddlewareFn } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * The one input boundary of the GraphQL API: every argument of every field, with the input objects,
 * lists and JSON values in it, is checked for invalid text (NUL and other control characters, lone
 * surrogates) before access checks, validation or any resolver, so nothing of it reaches the database.
 */
export const inputBoundaryMiddleware: MiddlewareFn<object> = async ({ args }, next) => {
  const invalid = findInvalidText(args, '');
  if (invalid) throw badUserInput(invalid.field, TEXT_PROBLEM_MESSAGES[invalid.problem]);
  return next() as Promise<unknown>;
};
