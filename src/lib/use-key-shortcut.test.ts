// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from './use-key-shortcut';

function element(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe('isTypingTarget', () => {
  it.each([
    ['an input', '<input id="t">'],
    ['a textarea', '<textarea id="t"></textarea>'],
    ['a select', '<select id="t"></select>'],
    ['a contenteditable element', '<div contenteditable="true"><span id="t">x</span></div>'],
    [
      "Monaco's EditContext input (a plain div)",
      '<div class="monaco-editor"><div class="native-edit-context" id="t" tabindex="0"></div></div>',
    ],
    ['a button inside a dialog', '<div role="dialog"><button id="t">OK</button></div>'],
    ['a button inside a <dialog>', '<dialog open><button id="t">OK</button></dialog>'],
  ])('is true for %s', (_what, html) => {
    expect(isTypingTarget(element(html, '#t'))).toBe(true);
  });

  it.each([
    ['a button', '<button id="t">Go</button>'],
    ['the page body', '<main id="t"></main>'],
    ['an element with contenteditable="false"', '<div contenteditable="false" id="t"></div>'],
  ])('is false for %s', (_what, html) => {
    expect(isTypingTarget(element(html, '#t'))).toBe(false);
  });

  it('is false for no target', () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});
