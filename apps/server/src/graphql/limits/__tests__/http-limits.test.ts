import express from 'express';
import { batchLimitMiddleware, formatBytes, jsonErrorHandler } from '../http-limits';
import { listen, type Running } from './helpers';

const LIMIT = 1024;
let running: Running;
beforeAll(async () => {
  const app = express();
  app.post('/graphql', express.json({ limit: LIMIT }), batchLimitMiddleware(2), (req, res) => {
    res.json({ received: Array.isArray(req.body) ? req.body.length : 1 });
  });
  app.post('/boom', () => {
    throw new Error('something else');
  });
  app.use(jsonErrorHandler(LIMIT));
  app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(500).json({ passedOn: error.message });
  });
  running = await listen(app);
});
afterAll(() => running.close());

const post = (body: string, path = '/graphql') =>
  fetch(`${running.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

const operation = { query: '{ __typename }' };

describe('batchLimitMiddleware', () => {
  it('passes a single operation and a batch of exactly maxBatch', async () => {
    expect(await (await post(JSON.stringify(operation))).json()).toEqual({ received: 1 });
    expect(await (await post(JSON.stringify([operation, operation]))).json()).toEqual({ received: 2 });
  });

  it('refuses a batch of one more than maxBatch', async () => {
    const response = await post(JSON.stringify([operation, operation, operation]));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Te veel operaties in één verzoek: 3, het maximum is 2.',
          extensions: { code: 'BATCH_LIMIT_EXCEEDED', limit: 'maxBatch', max: 2 },
        },
      ],
    });
  });

  it('refuses an empty batch', async () => {
    const response = await post('[]');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Het verzoek bevat een lege lijst operaties.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('jsonErrorHandler', () => {
  const ofSize = (bytes: number) => {
    const body = JSON.stringify({ query: '' });
    return JSON.stringify({ query: 'x'.repeat(bytes - body.length) });
  };

  it('accepts a body of exactly the limit and answers 413 one byte over it', async () => {
    expect(Buffer.byteLength(ofSize(LIMIT))).toBe(LIMIT);
    expect((await post(ofSize(LIMIT))).status).toBe(200);

    const response = await post(ofSize(LIMIT + 1));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Het verzoek is groter dan 1 kB.',
          extensions: { code: 'REQUEST_TOO_LARGE', limit: 'bodyLimitBytes', max: LIMIT },
        },
      ],
    });
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Het verzoek is geen geldige JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('passes other errors on', async () => {
    const response = await post('{}', '/boom');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ passedOn: 'something else' });
  });
});

describe('formatBytes', () => {
  it('names the limit the way body-parser counts it', () => {
    expect(formatBytes(100 * 1024)).toBe('100 kB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(1500)).toBe('1500 bytes');
  });
});
