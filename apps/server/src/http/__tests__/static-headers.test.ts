import express, { type RequestHandler } from 'express';
import { securityHeaders } from '../../app';
import { listen } from '../../graphql/limits/__tests__/helpers';
import { staticHeaders } from '../static-headers';

/** The response headers of GET / on an app with only `middleware` and a handler that sets X-Powered-By. */
async function headersWith(middleware: RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.use((_req, res, next) => {
    res.setHeader('X-Powered-By', 'something');
    next();
  });
  app.use(middleware);
  app.get('/', (_req, res) => res.type('text/plain').send('ok'));
  const running = await listen(app);
  try {
    const response = await fetch(`${running.url}/`);
    const headers = Object.fromEntries(response.headers);
    delete headers.date;
    return headers;
  } finally {
    await running.close();
  }
}

describe('staticHeaders', () => {
  it('sets exactly the headers helmet sets (and removes what it removes), without running helmet per request', async () => {
    const fromHelmet = await headersWith(securityHeaders());
    const replayed = await headersWith(staticHeaders(securityHeaders()));
    expect(replayed).toEqual(fromHelmet);
    expect(replayed['content-security-policy']).toContain("default-src 'self'");
    expect(replayed['x-frame-options']).toBe('DENY');
    expect(replayed['x-powered-by']).toBeUndefined();
  });

  it('refuses a middleware whose headers depend on more than setting them at once', () => {
    const later: RequestHandler = (_req, res, next) => void setTimeout(() => (res.setHeader('X-Later', '1'), next()), 1);
    expect(() => staticHeaders(later)).toThrow(/not static/);
    const readsRequest: RequestHandler = (req, res, next) => (res.setHeader('X-Path', req.get('host')!), next());
    expect(() => staticHeaders(readsRequest)).toThrow();
  });
});
