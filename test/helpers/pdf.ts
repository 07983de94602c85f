import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens a PDF with poppler, as another program would: its text as a reader extracts it, its page count,
 * and its pages rendered as images.
 */

/** The text in the order the PDF holds it: a table cell's lines follow each other, as copying them does. */
export async function pdfText(path: string): Promise<string> {
  return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'])).stdout;
}

export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  const pages = /^Pages:\s+(\d+)$/m.exec(stdout);
  if (!pages) throw new Error(`pdfinfo gave no page count for ${path}:\n${stdout}`);
  return Number(pages[1]);
}

/** Renders one page (1-based) with pdftoppm: `format` is `-png` or `-gray` (a PGM image), at `dpi`. */
async function renderWith(path: string, page: number, stem: string, format: '-png' | '-gray', dpi: number) {
  const pageRange = ['-f', String(page), '-l', String(page)];
  await run('pdftoppm', [format, '-r', String(dpi), ...pageRange, '-singlefile', path, stem]);
}

/** Renders one page (1-based) to a PNG at `dpi`, written at `pngPath`. */
export async function renderPage(path: string, page: number, pngPath: string, dpi = 60): Promise<void> {
  await renderWith(path, page, pngPath.replace(/\.png$/, ''), '-png', dpi);
}

/**
 * How much of a page is ink: the share of its pixels, rendered in grey at low resolution, that are not
 * white. A blank page gives 0.
 */
export async function inkShare(path: string, page: number): Promise<number> {
  const stem = `${path}.page-${page}`;
  await renderWith(path, page, stem, '-gray', 20);
  const image = readFileSync(`${stem}.pgm`);
  // A binary PGM: "P5", width, height and the maximum value, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`pdftoppm did not write a PGM image for page ${page} of ${path}.`);
  const pixels = image.subarray(header[0].length);
  let inked = 0;
  for (const value of pixels) if (value < 240) inked += 1;
  return inked / pixels.length;
}

/** The raster images a PDF holds, as `pdfimages -list` reports them: a chart drawn as vectors has none. */
export async function pdfImages(
  path: string,
): Promise<{ page: number; type: string; width: number; height: number }[]> {
  const { stdout } = await run('pdfimages', ['-list', path]);
  // Two header lines, then one line per image: page, num, type, width, height, …
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [page, , type, width, height] = line.trim().split(/\s+/);
      return { page: Number(page), type: type ?? '', width: Number(width), height: Number(height) };
    });
}
