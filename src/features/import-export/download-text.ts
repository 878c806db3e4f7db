/** Saves `text` as a file through the browser's download mechanism. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
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
