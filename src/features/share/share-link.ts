import LZString from 'lz-string';
import { isRecord } from '../../catalog/index';
import {
  hostileBundleText,
  readWorkspaceBundle,
  toBundleEnvelope,
} from '../../stores/workspace-bundle';
import type { WorkspaceBundle } from '../../stores/workspace-bundle';
import { decompressCapped } from './capped-decompress';
import { maskBundle } from './mask-ids';
import type { MaskOptions } from '../../language';

/** Share links carry the workspace in the fragment, so it never reaches a server. */
export const SHARE_FRAGMENT_PREFIX = '#share=';
/** Largest payload a link may carry, decompressed (UTF-8 bytes). */
export const MAX_SHARE_BYTES = 100 * 1024;
/** Compressed text can be ~2.7× longer than its input in the worst case. */
const MAX_FRAGMENT_LENGTH = 3 * MAX_SHARE_BYTES;

export type CreateShareResult = { ok: true; fragment: string } | { ok: false; message: string };

export type ReadShareResult =
  | { ok: true; bundle: WorkspaceBundle; masked: MaskOptions }
  | { ok: false; message: string; details: string[] };

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Builds the `#share=…` fragment for a bundle, masked as asked. */
export function createShareFragment(bundle: WorkspaceBundle, mask: MaskOptions): CreateShareResult {
  const json = JSON.stringify(
    toBundleEnvelope('share', maskBundle(bundle, mask), { masked: mask }),
  );
  const bytes = byteLength(json);
  if (bytes > MAX_SHARE_BYTES) {
    return {
      ok: false,
      message: `these drafts are too large for a link (${Math.ceil(bytes / 1024)} KB of at most ${MAX_SHARE_BYTES / 1024} KB): export the workspace as a file instead`,
    };
  }
  return {
    ok: true,
    fragment: `${SHARE_FRAGMENT_PREFIX}${LZString.compressToEncodedURIComponent(json)}`,
  };
}

/** Whether a location hash is a share link at all (other fragments are routes). */
export const isShareFragment = (hash: string) => hash.startsWith(SHARE_FRAGMENT_PREFIX);

const reject = (message: string, details: string[] = []): ReadShareResult => ({
  ok: false,
  message,
  details,
});

/** Reads a share fragment. Never throws: every way a link can be wrong becomes a message. */
export function readShareFragment(hash: string): ReadShareResult {
  let payload = hash.slice(SHARE_FRAGMENT_PREFIX.length);
  if (payload.length > MAX_FRAGMENT_LENGTH) {
    return reject('the shared link is too large to open', [
      `it is longer than ${MAX_FRAGMENT_LENGTH} characters`,
    ]);
  }
  if (payload.includes('%')) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return reject('the shared link is damaged', ['it is not valid link text']);
    }
  }
  const decompressed = decompressCapped(payload, MAX_SHARE_BYTES);
  if (!decompressed.ok) {
    return decompressed.reason === 'too-large'
      ? reject('the shared link is too large to open', [
          `its content is larger than ${MAX_SHARE_BYTES / 1024} KB`,
        ])
      : reject('the shared link is damaged', [
          'its content could not be decompressed; it may have been cut short',
        ]);
  }
  if (byteLength(decompressed.text) > MAX_SHARE_BYTES) {
    return reject('the shared link is too large to open', [
      `its content is larger than ${MAX_SHARE_BYTES / 1024} KB`,
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(decompressed.text);
  } catch {
    return reject('the shared link is damaged', ['its content is not JSON']);
  }
  const read = readWorkspaceBundle(value, 'share');
  if (!read.ok) return reject('the shared link could not be opened', read.problems);
  const hostile = hostileBundleText(read.bundle);
  if (hostile !== null) return reject('the shared link could not be opened', [hostile]);
  const masked = isRecord(value) && isRecord(value.masked) ? value.masked : {};
  return {
    ok: true,
    bundle: read.bundle,
    masked: { accountIds: masked.accountIds === true, resourceIds: masked.resourceIds === true },
  };
}
