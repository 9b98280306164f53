import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text a reader of a PDF gets, as poppler's pdftotext reads it, with every run of white
 * space made one space (a title may wrap across lines). Fails loudly with the install command
 * when poppler-utils is missing: the test never skips.
 */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'aea-pdf-'));
  try {
    const file = join(dir, 'handout.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'pdftotext not found. Install it with: sudo apt-get install -y poppler-utils ' +
          '(scripts/install-test-deps.sh does). The handout test never skips.',
        { cause: error },
      );
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
