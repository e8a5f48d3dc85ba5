import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Public } from '../auth';
import { DomainError } from '../common/errors/domain-error';
import { ConsoleAssets, StaticFile } from './console-assets';

/**
 * The console's own policy: like the service-wide one, but without `upgrade-insecure-requests` (a
 * commune counter often reaches the service over plain HTTP on its LAN, where upgraded script URLs
 * would fail), and with blob: allowed for the PDFs fetched with the bearer token: a blob: document
 * inherits this policy, and Chromium's PDF viewer is an <embed> governed by object-src
 * (crbug.com/271452), so `object-src 'none'` would block the giấy hẹn in its new tab.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src blob:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Serves the staff console (pages and static assets); the pages call the JSON API with a bearer token. */
@ApiExcludeController()
@Public()
@Controller()
export class ConsoleController {
  constructor(private readonly assets: ConsoleAssets) {}

  @Get()
  root(@Res() res: Response): void {
    res.redirect('/console', 302);
  }

  @Get('console')
  home(@Res() res: Response): void {
    this.sendPage(res, 'home');
  }

  @Get('console/login')
  login(@Res() res: Response): void {
    this.sendPage(res, 'login');
  }

  @Get('console/tiep-nhan')
  intake(@Res() res: Response): void {
    this.sendPage(res, 'tiep-nhan');
  }

  @Get('console/ho-so')
  queues(@Res() res: Response): void {
    this.sendPage(res, 'ho-so');
  }

  @Get('console/ho-so/:code')
  detail(@Res() res: Response): void {
    this.sendPage(res, 'chi-tiet');
  }

  @Get('console/bao-cao')
  reports(@Res() res: Response): void {
    this.sendPage(res, 'bao-cao');
  }

  @Get('console/lich-lam-viec')
  calendar(@Res() res: Response): void {
    this.sendPage(res, 'lich-lam-viec');
  }

  @Get('console/dong-bo-dvcqg')
  dvcqg(@Res() res: Response): void {
    this.sendPage(res, 'dong-bo-dvcqg');
  }

  @Get('console/tai-khoan')
  accounts(@Res() res: Response): void {
    this.sendPage(res, 'tai-khoan');
  }

  @Get('console/assets/:file')
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    const found = this.assets.asset(file);
    if (!found) throw DomainError.notFound(`Console asset ${file}`);
    res.header('Cache-Control', 'no-cache');
    res.header('ETag', found.etag);
    if (req.headers['if-none-match'] === found.etag) {
      res.status(304).send();
      return;
    }
    send(res, found);
  }

  private sendPage(res: Response, name: string): void {
    res.header('Cache-Control', 'no-store');
    res.header('Content-Security-Policy', CONSOLE_CSP);
    send(res, this.assets.page(name));
  }
}

function send(res: Response, file: StaticFile): void {
  res.status(200).type(file.contentType).send(file.body);
}
