/** SVG to PNG through a canvas, and saving a file: browser-only, loaded with the exporter. */

/** PNG scale for slides: an 800-pixel-wide export becomes 1600 pixels wide. */
export const PNG_SCALE = 2;

/** The pixel size of a PNG drawn at `scale` from an SVG of width × height CSS pixels. */
export function pngSize(width: number, height: number, scale = PNG_SCALE) {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** Draws an SVG text on a white canvas at `scale` and encodes it as PNG. */
export async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale = PNG_SCALE,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The SVG could not be drawn.'));
    });
    img.src = url;
    await loaded;
    const size = pngSize(width, height, scale);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas.');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(img, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a name through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
