/** Saves text as a file through the browser's download mechanism. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/**
 * Opens a self-contained HTML page (no scripts) in a new tab, for the browser to print. Returns
 * false when the browser blocked the tab.
 */
export function openPage(html: string): boolean {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const opened = window.open(url, '_blank');
  // The new tab has loaded the page long before a minute passes; then the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return opened !== null;
}
