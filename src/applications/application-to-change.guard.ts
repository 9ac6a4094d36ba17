import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ApplicationsService } from './applications.service';

/**
 * For a route that changes one application and takes a body: whoever may not
 * change the application hears 404 before anything is said about the body, as
 * on every route about an application they may not see, so that a 400 never
 * tells them it exists. (Guards run before the validation pipe.)
 */
@Injectable()
export class ApplicationToChangeGuard implements CanActivate {
  constructor(private readonly applications: ApplicationsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ params: { id?: string }; user: AuthenticatedUser }>();
    await this.applications.getToChange(String(request.params.id), request.user);
    return true;
  }
}
