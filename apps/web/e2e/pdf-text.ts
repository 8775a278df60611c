import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF, read by unpdf (PDF.js) in a separate Node process: PDF.js loads itself with a
 * dynamic import(), which jest's module sandbox refuses without --experimental-vm-modules.
 */
export function pdfText(pdf: Uint8Array): string {
  const script = `
    const { extractText, getDocumentProxy } = require('unpdf');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(chunks))), { mergePages: true });
      process.stdout.write(text);
    });`;
  return execFileSync(process.execPath, ['-e', script], { input: pdf, cwd: __dirname, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
