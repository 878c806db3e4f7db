/** The one script of a print frame, and its hash for the frame's Content Security Policy. */
export const PRINT_SCRIPT = 'print()';
export const PRINT_SCRIPT_HASH = 'sha256-Ul1RMxNBbPGH9E+ofhdT7m0RVSwiCXU33cMrTtNPpo8=';

/**
 * Prints a self-contained HTML page (the caller's, with every user text escaped) from a hidden
 * sandboxed frame. Without `allow-same-origin` the frame's origin is opaque: were anything in the
 * page to run, it could reach neither the app's storage nor its DOM. `allow-modals` lets it open the
 * print dialog and `allow-scripts` run the one script that does, the only script its Content
 * Security Policy admits. The frame stays until the next print replaces it: the dialog may still be
 * open when the click handler returns.
 */
export function printPage(html: string): void {
  document.querySelector('iframe[data-print-frame]')?.remove();
  const frame = document.createElement('iframe');
  frame.dataset.printFrame = '';
  frame.title = 'Print view';
  frame.setAttribute('sandbox', 'allow-modals allow-scripts');
  frame.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 0; height: 0; border: 0;';
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src '${PRINT_SCRIPT_HASH}'`;
  // The page's own </head> and </body> come first: user text in it is escaped, so it holds none.
  frame.srcdoc = html
    .replace('</head>', `<meta http-equiv="Content-Security-Policy" content="${policy}"></head>`)
    .replace('</body>', `<script>${PRINT_SCRIPT}</script></body>`);
  document.body.append(frame);
}
