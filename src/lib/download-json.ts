/** Saves `data` as a pretty-printed JSON file through the browser's download mechanism. */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking on the next task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file-name-safe form of an id such as `GET /v2/images` or `ims:images:list`. */
export function toFileName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'download';
}
