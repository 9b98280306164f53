import { expect, type Locator, type Page } from './test';

/**
 * A screenshot of the locator once it has settled: shots are taken until two in a row are
 * byte for byte the same (as Playwright's toHaveScreenshot does), not after a fixed sleep.
 */
export async function settledScreenshot(
  locator: Locator,
  options: Parameters<Locator['screenshot']>[0] = {},
): Promise<Buffer> {
  let last = await locator.screenshot(options);
  await expect
    .poll(
      async () => {
        const next = await locator.screenshot(options);
        const same = next.equals(last);
        last = next;
        return same;
      },
      { message: 'the picture stops changing', timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

/**
 * Blur for comparing two pictures as a reader sees them, in CSS px (the Gaussian's standard
 * deviation).
 */
const PICTURE_BLUR_PX = 1;

/**
 * The most any colour channel (0–255) differs between two pictures of the same size once both
 * are blurred by PICTURE_BLUR_PX, and where; decoded and compared in `page`.
 */
export async function pictureDifference(
  page: Page,
  a: Buffer,
  b: Buffer,
): Promise<{ max: number; at: [number, number] | null; sizes: string }> {
  return page.evaluate(
    async ([a, b, blur]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = src;
        });
      const [ia, ib] = await Promise.all([load(a), load(b)]);
      const sizes = `${ia.width}×${ia.height} and ${ib.width}×${ib.height}`;
      if (ia.width !== ib.width || ia.height !== ib.height) return { max: 255, at: null, sizes };
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const g = canvas.getContext('2d', { willReadFrequently: true })!;
        g.filter = `blur(${blur}px)`;
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, img.width, img.height).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let max = 0;
      let at: [number, number] | null = null;
      for (let i = 0; i < pa.length; i++) {
        const d = Math.abs(pa[i]! - pb[i]!);
        if (d > max) {
          max = d;
          at = [(i >> 2) % ia.width, Math.floor((i >> 2) / ia.width)];
        }
      }
      return { max, at, sizes };
    },
    [
      `data:image/png;base64,${a.toString('base64')}`,
      `data:image/png;base64,${b.toString('base64')}`,
      PICTURE_BLUR_PX,
    ] as const,
  );
}
