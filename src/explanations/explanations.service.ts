import { AuditTrail } from '../audit/audit-trail';
import { Injectable } from '@nestjs/common';
import { ApplicationNotFoundError } from '../applications/applications.errors';
import { ApplicationsService } from '../applications/applications.service';
import { AuthenticatedUser } from '../common/auth/decorators';
import { PanelAccessRepository } from '../panel-access/panel-access.repository';
import { ExplanationCatalogue } from './explanation-catalogue';
import { explain, Explanation } from './explanation';
import { ExplanationsRepository } from './explanations.repository';

/**
 * An application explained to its candidate (see explanation.ts), for those
 * who may read the application with its moves: recruiters and admins, and the
 * vacancy's hiring managers; a hiring manager of another vacancy hears it is
 * not there. It names no one, so a blind vacancy's alias has nothing to hide.
 */
@Injectable()
export class ExplanationsService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly records: ExplanationsRepository,
    private readonly panels: PanelAccessRepository,
    private readonly catalogue: ExplanationCatalogue,
    private readonly audit: AuditTrail,
  ) {}

  /** The explanation, and the candidate it is for (for a link back to their page: the explanation names no one). */
  async explain(
    applicationId: string,
    viewer: AuthenticatedUser,
  ): Promise<{ candidateId: string; explanation: Explanation }> {
    const { application, vacancy } = await this.applications.getToChange(applicationId, viewer);
    const [language, moves, roundOutcomes, sealed] = await Promise.all([
      this.records.languageOfCandidate(application.candidateId),
      this.records.movesOf(application.id),
      this.records.roundOutcomesOf(application.id),
      this.panels.awaitingScorecard(viewer.id, [application.id]),
    ]);
    if (!language) throw new ApplicationNotFoundError(applicationId);
    const explanation = explain(
      {
        applicationId: application.id,
        language,
        vacancyTitle: vacancy.title,
        rounds: vacancy.rounds.map((round) => ({ id: round.id, name: round.name })),
        screening: application.screening,
        screenedAt: application.screenedAt,
        profileVersion: application.profileVersion,
        engineVersion: application.engineVersion,
        moves,
        // What the panels decided stays sealed to a reader who still owes a scorecard on it.
        roundOutcomes: sealed.size ? [] : roundOutcomes,
      },
      this.catalogue.in(language),
    );
    this.audit.noteRead({
      action: 'application.explained',
      subject: { type: 'application', id: application.id },
      candidateId: application.candidateId,
      vacancyId: vacancy.id,
    });
    return { candidateId: application.candidateId, explanation };
  }
}
