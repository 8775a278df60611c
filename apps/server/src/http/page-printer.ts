import fs from 'node:fs';
import type { Request } from 'express';
import { ErrorCode } from '@monitor/domain';
import { GraphQLError } from 'graphql';

/** Marks the page as complete: the web page sets it once every figure is on screen. */
export const PRINT_READY_SELECTOR = '[data-print-ready="true"]';
/** Printing waits at most this long for the page; a start-up guard, not a speed promise. */
const PRINT_TIMEOUT_MS = 120_000;

export function pdfUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.PDF_UNAVAILABLE } });
}

/** This server's own address as seen from this machine: Chromium prints the page from here. */
export function ownBaseUrl(req: Request): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address === '::' || address === '0.0.0.0' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return `http://${host.replace(/^\[::ffff:(.*)\]$/, '$1')}:${req.socket.localPort}`;
}

/**
 * Prints a page of the monitor's own web app to PDF with headless Chromium (playwright-core), so
 * that the PDF is the web page, not a second rendering of the same figures. One print at a time:
 * a Chromium per print is heavy, and prints are rare because each PDF is kept. One printer serves
 * every module that prints (factsheets, the yearly national report).
 */
export class PagePrinter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly chromiumPath: string) {}

  print(url: string): Promise<Buffer> {
    const job = this.queue.then(() => this.printNow(url));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async printNow(url: string): Promise<Buffer> {
    if (!fs.existsSync(this.chromiumPath))
      throw pdfUnavailable(
        `Chromium ontbreekt op de server (${this.chromiumPath}); installeer het (Debian: apt-get install chromium) of zet MONITOR_CHROMIUM_PATH.`,
      );
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: this.chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1024, height: 1400 } });
      await page.emulateMedia({ media: 'print' });
      await page.goto(url, { timeout: PRINT_TIMEOUT_MS });
      await page.waitForSelector(PRINT_READY_SELECTOR, { timeout: PRINT_TIMEOUT_MS, state: 'attached' });
      return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
    } finally {
      await browser.close();
    }
  }
}
