/** Saves `text` as a file through the browser's download mechanism. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking on the next task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves `data` as a pretty-printed JSON file. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadText(fileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}

/** A file-name-safe form of an id such as `GET /v2/images` or `ims:images:list`. */
export function toFileName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'download';
}
