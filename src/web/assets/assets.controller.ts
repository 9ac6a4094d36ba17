import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { Asset, assetETag, AssetEncoding, Assets } from './assets';

/**
 * The stylesheet and scripts of the pages. A URL with the current version may be kept for a year.
 * Each goes compressed as it was compressed once, brotli before gzip, so requests compress nothing.
 */
@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  constructor(private readonly assets: Assets) {}

  @Get(':name')
  serve(
    @Param('name') name: string,
    @Query('v') version: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException(`There is no asset named ${name}`);
    const encoding = preferredEncoding(request, asset);
    response.setHeader('Content-Type', asset.contentType);
    response.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
    response.setHeader('ETag', assetETag(asset, encoding));
    response.setHeader(
      'Cache-Control',
      version === asset.version ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    );
    // If-None-Match against the ETag just set, weak or strong, one or a list.
    if (request.fresh) {
      response.removeHeader('Content-Encoding');
      response.status(304).end();
      return;
    }
    response.send(asset.encoded[encoding]!);
  }
}

/** Brotli where the client takes it, else gzip, else the plain file; `q=0` refuses an encoding. */
function preferredEncoding(request: Request, asset: Asset): AssetEncoding {
  if (asset.encoded.br && request.acceptsEncodings('br')) return 'br';
  if (asset.encoded.gzip && request.acceptsEncodings('gzip')) return 'gzip';
  return 'identity';
}
