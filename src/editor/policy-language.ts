import type { Monaco } from './monaco';

/** Our language id: providers registered for it never touch other models. */
export const POLICY_LANGUAGE_ID = 'huawei-cloud-policy';

/** Model URIs of drafts: `policy://drafts/<id>.json`. */
export const POLICY_URI_SCHEME = 'policy';

/** Names with colons, wildcards and placeholders are one word (double-click, hover, filtering). */
const WORD_PATTERN = /[\w:*?./<>@$-]+/;

/**
 * Registers the language, its brackets and quotes, and a JSON tokenizer that tells keys from
 * values. Returns nothing to dispose: Monaco keeps language registrations for the page's life.
 */
export function registerPolicyLanguage(monaco: Monaco): void {
  if (monaco.languages.getLanguages().some((language) => language.id === POLICY_LANGUAGE_ID)) {
    return;
  }
  monaco.languages.register({ id: POLICY_LANGUAGE_ID, aliases: ['Huawei Cloud policy'] });
  monaco.languages.setLanguageConfiguration(POLICY_LANGUAGE_ID, {
    wordPattern: WORD_PATTERN,
    brackets: [
      ['{', '}'],
      ['[', ']'],
    ],
    autoClosingPairs: [
      { open: '{', close: '}', notIn: ['string'] },
      { open: '[', close: ']', notIn: ['string'] },
      { open: '"', close: '"', notIn: ['string'] },
    ],
    surroundingPairs: [
      { open: '{', close: '}' },
      { open: '[', close: ']' },
      { open: '"', close: '"' },
    ],
  });
  monaco.languages.setMonarchTokensProvider(POLICY_LANGUAGE_ID, {
    tokenizer: {
      root: [
        [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'type'],
        [/"(?:[^"\\]|\\.)*"?/, 'string'],
        [/-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/, 'number'],
        [/\b(?:true|false|null)\b/, 'keyword'],
        [/[{}[\]]/, '@brackets'],
        [/[,:]/, 'delimiter'],
      ],
    },
  });
}
