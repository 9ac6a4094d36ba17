import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { Assets } from './assets';

/** The stylesheet and scripts of the pages. A URL with the current version may be kept for a year. */
@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  constructor(private readonly assets: Assets) {}

  @Get(':name')
  serve(@Param('name') name: string, @Query('v') version: unknown, @Res() response: Response): void {
    const asset = this.assets.get(name);
    if (!asset) throw new NotFoundException(`There is no asset named ${name}`);
    response.setHeader('Content-Type', asset.contentType);
    response.setHeader('ETag', `"${asset.version}"`);
    response.setHeader(
      'Cache-Control',
      version === asset.version ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    );
    if (response.req.headers['if-none-match'] === `"${asset.version}"`) {
      response.status(304).end();
      return;
    }
    response.send(asset.body);
  }
}
