import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { assetETag, Assets } from './assets';

describe('Assets', () => {
  const assets = new Assets();

  it('keeps each file compressed in brotli and gzip, each decoding to the file itself', () => {
    for (const name of ['sift.css', 'sift.js', 'htmx.min.js']) {
      const asset = assets.get(name)!;
      expect(brotliDecompressSync(asset.encoded.br!)).toEqual(asset.body);
      expect(gunzipSync(asset.encoded.gzip!)).toEqual(asset.body);
      expect(asset.encoded.br!.length).toBeLessThan(asset.body.length / 2);
    }
  });

  it('leaves out an encoding that would not make a file smaller', () => {
    const icon = assets.get('favicon.svg')!;
    for (const encoding of ['br', 'gzip'] as const) {
      const bytes = icon.encoded[encoding];
      if (bytes) expect(bytes.length).toBeLessThan(icon.body.length);
    }
    expect(icon.encoded.identity).toBe(icon.body);
  });

  it('gives each encoding an ETag of its own, all of the one version', () => {
    const asset = assets.get('sift.css')!;
    const tags = (['br', 'gzip', 'identity'] as const).map((encoding) => assetETag(asset, encoding));
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(new RegExp(`^"${asset.version}(-\\w+)?"$`));
    expect(assets.url('sift.css')).toBe(`/assets/sift.css?v=${asset.version}`);
  });
});
