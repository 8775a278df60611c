import { OperationTypeNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataChanges } from '../../db/data-changes';

/**
 * This process's mutations: a change it makes is known at once, without waiting for the
 * notification, and while one runs nothing is served or stored.
 */
export class OwnWrites {
  generation = 0;
  inFlight = 0;

  plugin(changes: DataChanges): ApolloServerPlugin {
    return {
      // the listener is shared with the public-answer cache; closing it twice is harmless
      serverWillStart: () => Promise.resolve({ serverWillStop: () => changes.close() }),
      requestDidStart: () => {
        let writing = false;
        return Promise.resolve({
          didResolveOperation: ({ operation }) => {
            writing = operation?.operation === OperationTypeNode.MUTATION;
            if (writing) this.started();
            return Promise.resolve();
          },
          willSendResponse: () => {
            if (writing) this.ended();
            writing = false;
            return Promise.resolve();
          },
        });
      },
    };
  }

  private started(): void {
    this.inFlight++;
    this.generation++;
  }

  private ended(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.generation++;
  }
}
