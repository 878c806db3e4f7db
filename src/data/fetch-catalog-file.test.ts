import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogFileError, retryCatalogFetch } from './catalog-file-error';
import { catalogFileUrl, fetchCatalogFile } from './fetch-catalog-file';
import type { Validator } from './fetch-catalog-file';

const validate: Validator<{ name: string }> = (data) =>
  typeof data === 'object' && data !== null && typeof (data as { name?: unknown }).name === 'string'
    ? { ok: true, value: data as { name: string } }
    : { ok: false, errors: ['name: expected a string'] };

function answer(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
  vi.stubGlobal('document', { baseURI: 'https://example.test/demo/index.html' });
}

async function failure(promise: Promise<unknown>): Promise<CatalogFileError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof CatalogFileError))
    throw new Error(`expected a CatalogFileError, got ${String(error)}`);
  return error;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchCatalogFile', () => {
  it('resolves catalog files relative to the page, so a sub-path keeps working', () => {
    expect(catalogFileUrl('index.json', 'https://example.test/demo/')).toBe(
      'https://example.test/demo/catalogs/index.json',
    );
    expect(catalogFileUrl('ims-5.0.json', 'https://example.test/demo/index.html#/x')).toBe(
      'https://example.test/demo/catalogs/ims-5.0.json',
    );
  });

  it('returns the validated file', async () => {
    answer(new Response('{"name":"ims"}'));
    await expect(fetchCatalogFile({ file: 'ims-5.0.json' }, validate)).resolves.toEqual({
      name: 'ims',
    });
    expect(fetch).toHaveBeenCalledWith('https://example.test/demo/catalogs/ims-5.0.json', {
      signal: undefined,
    });
  });

  it('fetches a file the index lists by its content-addressed name, and names it plainly', async () => {
    answer(new Response('{}'));
    const ref = { file: 'ims-5.0.json', contentHash: `0123456789abcdef${'9'.repeat(48)}` };
    const error = await failure(fetchCatalogFile(ref, validate));
    expect(fetch).toHaveBeenCalledWith(
      'https://example.test/demo/catalogs/ims-5.0.0123456789abcdef.json',
      { signal: undefined },
    );
    expect(error.message).toBe(
      '`catalogs/ims-5.0.json` is corrupt: it does not match the catalog format',
    );
  });

  it('says a missing file is missing, and does not retry it', async () => {
    answer(new Response('not found', { status: 404, statusText: 'Not Found' }));
    const error = await failure(fetchCatalogFile({ file: 'ims-5.0.json' }, validate));
    expect(error.message).toBe(
      'could not load `catalogs/ims-5.0.json`: the file is missing (HTTP 404 Not Found)',
    );
    expect(retryCatalogFetch(0, error)).toBe(false);
  });

  it('calls a file that is not JSON corrupt', async () => {
    answer(new Response('{"name": '));
    const error = await failure(fetchCatalogFile({ file: 'ims-5.0.json' }, validate));
    expect(error.message).toBe('`catalogs/ims-5.0.json` is corrupt: it is not valid JSON');
    expect(error.problem).toBe('json');
  });

  it('calls a file of the wrong shape corrupt and keeps the validator findings', async () => {
    answer(new Response('{"name": 3}'));
    const error = await failure(fetchCatalogFile({ file: 'ims-5.0.json' }, validate));
    expect(error.message).toBe(
      '`catalogs/ims-5.0.json` is corrupt: it does not match the catalog format',
    );
    expect(error.details).toEqual(['name: expected a string']);
  });

  it('retries a network failure or a server error once, never more', async () => {
    answer(new TypeError('Failed to fetch'));
    const network = await failure(fetchCatalogFile({ file: 'index.json' }, validate));
    expect(network.message).toBe(
      'could not fetch `catalogs/index.json`: the network request failed',
    );
    expect(retryCatalogFetch(0, network)).toBe(true);
    expect(retryCatalogFetch(1, network)).toBe(false);
    answer(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    expect(
      retryCatalogFetch(0, await failure(fetchCatalogFile({ file: 'index.json' }, validate))),
    ).toBe(true);
  });
});
