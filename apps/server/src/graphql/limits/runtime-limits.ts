import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { asPromise } from './plugin-hooks';
import type { MiddlewareFn } from 'type-graphql';
import { listBound, maxListLength } from './list-bounds';
import { LimitErrorCode, limitError } from './limits.errors';

/**
 * Limits that hold while an operation runs, after the cost analysis let it through: the time budget
 * of a request, the declared length of every list, and the size of the response.
 */

interface Budget {
  deadline: number;
  budgetMs: number;
  /** Rejects at the deadline; raced against every resolver, so pending work is abandoned. */
  expired: Promise<never>;
  timer: NodeJS.Timeout;
}

const budgets = new WeakMap<object, Budget>();

export function timeoutError(budgetMs: number) {
  return limitError(LimitErrorCode.REQUEST_TIMEOUT, `De aanvraag duurde te lang en is afgebroken: het maximum is ${budgetMs} ms.`, {
    limit: 'requestTimeoutMs',
    max: budgetMs,
  });
}

/** Starts the time budget of each request and clears it when the response is sent. */
export function requestBudgetPlugin(budgetMs: number): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: asPromise(({ contextValue }) => {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(timeoutError(budgetMs)), budgetMs);
        timer.unref();
      });
      expired.catch(() => undefined); // only the resolvers racing it report the timeout
      budgets.set(contextValue, { deadline: Date.now() + budgetMs, budgetMs, expired, timer: timer! });
      return {
        willSendResponse: asPromise(() => {
          clearTimeout(timer);
          budgets.delete(contextValue);
        }),
      };
    }),
  };
}

/** No resolver starts after the deadline, and none is waited for beyond it. */
export const budgetMiddleware: MiddlewareFn<object> = async ({ context }, next) => {
  const budget = budgets.get(context);
  if (!budget) return next() as Promise<unknown>;
  if (Date.now() > budget.deadline) throw timeoutError(budget.budgetMs);
  return Promise.race([next() as Promise<unknown>, budget.expired]);
};

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** A list longer than its declared bound is refused, so the cost analysis's maximum really holds. */
export const listBoundsMiddleware: MiddlewareFn<object> = async ({ info, args }, next) => {
  const result: unknown = await next();
  if (!isList(result)) return result;
  const bound = listBound(info.parentType.name, info.fieldName);
  if (!bound || bound.pricedBy === 'connection') return result;
  const max = maxListLength(bound, args);
  if (result.length > max) {
    console.error(`[graphql] ${info.parentType.name}.${info.fieldName} gaf ${result.length} items, meer dan de opgegeven ${max}`);
    throw limitError(LimitErrorCode.RESPONSE_TOO_LARGE, `De lijst ${info.parentType.name}.${info.fieldName} is te lang: meer dan ${max} items.`, {
      limit: `${info.parentType.name}.${info.fieldName}`,
      max,
    });
  }
  return result;
};

/** Replaces a response body larger than `maxBytes` by a RESPONSE_TOO_LARGE error. */
export function responseSizePlugin(maxBytes: number): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: asPromise(() => {
      return {
        willSendResponse: asPromise(({ response }) => {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (Buffer.byteLength(JSON.stringify(result)) <= maxBytes) return;
          response.body.singleResult = {
            errors: [
              {
                message: `Het antwoord is te groot: meer dan ${maxBytes} bytes. Vraag minder velden of een kleinere pagina.`,
                extensions: { code: LimitErrorCode.RESPONSE_TOO_LARGE, limit: 'maxResponseBytes', max: maxBytes },
              },
            ],
          };
        }),
      };
    }),
  };
}
