import { FieldError } from '../../common/errors/domain-error';
import type { InvitationState } from '../../users/invitations.service';
import { fieldErrorKey, FormMessage } from '../forms';

export interface InvitationModel {
  /** Only an open invitation shows the form. */
  open: boolean;
  email?: string;
  action: string;
  stateKey?: string;
  message?: { key: string; values?: Record<string, unknown> };
  passwordError?: string;
}

/** What the status of a closed link is: gone for good when used or expired, unknown otherwise. */
export const INVITATION_STATUS: Record<InvitationState, number> = { open: 200, used: 410, expired: 410, unknown: 404 };

export function invitationView(input: {
  state: InvitationState;
  email?: string;
  action: string;
  message?: FormMessage;
  errors?: FieldError[];
}): InvitationModel {
  const open = input.state === 'open';
  return {
    open,
    email: input.email,
    action: input.action,
    stateKey: open ? undefined : `admin.invitation.state.${input.state}`,
    message: input.message ? { key: input.message.key, values: input.message.values } : undefined,
    passwordError: input.errors?.some((error) => error.field === 'password')
      ? fieldErrorKey('invitation', 'password')
      : undefined,
  };
}

/** A closed link's state after a refused form: the code of the service's error. */
export function stateOfError(code: string): InvitationState | undefined {
  if (code === 'INVITATION_USED') return 'used';
  if (code === 'INVITATION_EXPIRED') return 'expired';
  if (code === 'INVITATION_NOT_FOUND') return 'unknown';
  return undefined;
}
