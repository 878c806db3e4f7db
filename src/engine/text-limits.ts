/**
 * How much text the app and the CLI take in, in one place so that a policy the CLI reads fits in a
 * draft and a file the app exports is one the CLI reads. The engine itself enforces neither: it
 * parses whatever it is given.
 */

/**
 * The most characters of one policy: a draft's text in the app, a policy file in the CLI. 160 times
 * the 6,144-character IAM limit, so pasted real-world documents fit, while a few such drafts still
 * fit the browser's storage.
 */
export const POLICY_TEXT_MAX_LENGTH = 1_000_000;

/** The most characters of a file of many drafts: a workspace export, an expectations file. */
export const WORKSPACE_TEXT_MAX_LENGTH = 5_000_000;

/**
 * The byte size of a file that may hold `characters` characters: UTF-8 takes at most 3 bytes for
 * one UTF-16 code unit, so a larger file cannot fit and is refused before it is read.
 */
export const utf8ByteLimit = (characters: number): number => 3 * characters;
