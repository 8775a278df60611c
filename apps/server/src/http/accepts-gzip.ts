import type { Request } from 'express';

/** Whether the request's Accept-Encoding takes gzip (as Express negotiates it), remembered per header value: clients send few different ones. */
const gzipVerdicts = new Map<string | undefined, boolean>();
export function acceptsGzip(req: Request): boolean {
  const header = req.headers['accept-encoding'];
  let verdict = gzipVerdicts.get(header);
  if (verdict === undefined) {
    verdict = req.acceptsEncodings('gzip', 'identity') === 'gzip';
    if (gzipVerdicts.size >= 200) gzipVerdicts.clear();
    gzipVerdicts.set(header, verdict);
  }
  return verdict;
}
