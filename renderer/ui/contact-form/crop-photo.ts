/**
 * Square crops of a picked image, drawn on a canvas and saved as JPEG. The quality steps
 * down until the bytes fit PHOTO_MAX_BYTES (the API refuses larger photos).
 */
import { PHOTO_MAX_BYTES } from '../../../shared/domain/contact';

export interface CropFrame {
  /** 1 shows the largest square; 3 shows a third of its side. */
  zoom: number;
  /** -1 … 1: where the square sits along the spare width and height. */
  offsetX: number;
  offsetY: number;
}

const OUTPUT_SIZE = 512;

export function drawCrop(canvas: HTMLCanvasElement, image: HTMLImageElement, frame: CropFrame, size: number): void {
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  const side = Math.min(image.naturalWidth, image.naturalHeight) / frame.zoom;
  const x = ((image.naturalWidth - side) / 2) * (1 + frame.offsetX);
  const y = ((image.naturalHeight - side) / 2) * (1 + frame.offsetY);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, x, y, side, side, 0, 0, size, size);
}

export function cropToJpegBase64(image: HTMLImageElement, frame: CropFrame): string {
  const canvas = document.createElement('canvas');
  drawCrop(canvas, image, frame, OUTPUT_SIZE);
  for (let quality = 0.9; quality > 0.2; quality -= 0.1) {
    const base64 = canvas.toDataURL('image/jpeg', quality).replace(/^data:image\/jpeg;base64,/, '');
    if ((base64.length * 3) / 4 <= PHOTO_MAX_BYTES) return base64;
  }
  return canvas.toDataURL('image/jpeg', 0.2).replace(/^data:image\/jpeg;base64,/, '');
}

export function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('unreadable'));
    reader.onload = () => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('not an image'));
      image.src = String(reader.result);
    };
    reader.readAsDataURL(file);
  });
}
