import request from 'supertest';
import { ScorecardsRepository } from '../src/interviews/scorecards.repository';
import { applyInRound, as, scheduleInterview } from './support/factories';
import { buildPageScene, PAGE_ACTORS, PageScene } from './support/page-roles/scene';
import { TestApp, createTestApp } from './support/test-app';

jest.setTimeout(120_000);

/** What the other panel member wrote, distinctive enough that it cannot turn up by chance. */
const OTHER_NOTES = 'Zebra-okapi evidence 7781 about the client call';
const OTHER_SUMMARY = 'Capybara summary 3319, not to be seen early';

/**
 * The interviewer's pages over HTTP, on a fresh database: the sealed scorecards, drafts saved as
 * htmx and as a plain form, submitting through the confirmation step, an amendment, the .ics.
 */
describe('the panel pages', () => {
  let t: TestApp;
  let scene: PageScene;
  /** An interview of a second application, with the scene's interviewer and the other interviewer on its panel. */
  let sharedId: string;

  beforeAll(async () => {
    t = await createTestApp();
    scene = await buildPageScene(t);
    const token = scene.users.recruiter.token;
    const vacancy = (await as(t, token).get(`/vacancies/${scene.vacancyId}`).expect(200)).body;
    const { applicationId, roundId } = await applyInRound(t, token, vacancy);
    const panel = [scene.users.interviewer, scene.users.otherInterviewer];
    sharedId = (await scheduleInterview(t, token, applicationId, roundId, panel)).id;
    await as(t, scene.users.otherInterviewer.token)
      .post(`/interviews/${sharedId}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 1, notes: OTHER_NOTES }],
        recommendation: 'strong_no',
        summary: OTHER_SUMMARY,
        submit: true,
      })
      .expect(201);
  });
  afterAll(() => t.close());

  const interviewer = () => scene.sessions.interviewer;
  const mine = async (id: string) =>
    (await as(t, scene.users.interviewer.token).get(`/interviews/${id}/scorecards/mine`).expect(200)).body;

  it('lists the interviewer’s interviews, upcoming with the invitation to download', async () => {
    const page = await interviewer().agent.get('/panel').expect(200);
    expect(page.text).toContain(`href="/panel/interviews/${scene.interviewId}"`);
    expect(page.text).toContain(`href="/panel/interviews/${sharedId}/invite.ics"`);
    const upcoming = page.text.slice(page.text.indexOf('id="panel-upcoming"'), page.text.indexOf('id="panel-waiting"'));
    expect(upcoming).toContain(`/panel/interviews/${sharedId}"`);
  });

  it('keeps the others’ scores and notes out of every page and fragment until the own card is in', async () => {
    const { agent, csrf } = interviewer();
    const form = { rating_customer_focus: '3', notes_customer_focus: 'Own early notes', _csrf: csrf };
    const answers = [
      await agent.get('/panel').expect(200),
      await agent.get(`/panel/interviews/${sharedId}`).expect(200),
      await agent.get(`/panel/interviews/${sharedId}?done=saved`).expect(200),
      await agent
        .post(`/panel/interviews/${sharedId}/draft`)
        .set('HX-Request', 'true')
        .type('form')
        .send(form)
        .expect(200),
      await agent.post(`/panel/interviews/${sharedId}/draft`).type('form').send(form).expect(303),
      // Without a recommendation the submission is refused: the page shows the form again, with its message.
      await agent
        .post(`/panel/interviews/${sharedId}/submit`)
        .type('form')
        .send({ ...form, confirmed: '1' })
        .expect(400),
      await agent.post(`/panel/interviews/${sharedId}/submit`).type('form').send(form).expect(200),
      await agent.get(`/panel/interviews/${sharedId}/invite.ics`).expect(200),
    ];
    for (const answer of answers) {
      const raw = answer.text;
      expect(raw).not.toContain(OTHER_NOTES);
      expect(raw).not.toContain(OTHER_SUMMARY);
      expect(raw).not.toContain('Zebra');
      expect(raw).not.toContain('panel-results');
      expect(raw).not.toContain('panel-table');
      expect(raw).not.toMatch(/Weighted mean|Passed|Not passed|Krippendorff|strong_no" checked/);
    }
    expect((await mine(sharedId)).status).toBe('draft');
  });

  it('refuses a draft once its author left the panel or the interview was cancelled, the draft kept as it was', async () => {
    const { agent, csrf } = interviewer();
    const token = scene.users.recruiter.token;
    const vacancy = (await as(t, token).get(`/vacancies/${scene.vacancyId}`).expect(200)).body;
    const draft = (notes: string) => ({ rating_customer_focus: '2', notes_customer_focus: notes, _csrf: csrf });
    for (const ending of ['left the panel', 'cancelled'] as const) {
      const { applicationId, roundId } = await applyInRound(t, token, vacancy);
      const id = (await scheduleInterview(t, token, applicationId, roundId, [scene.users.interviewer])).id;
      await agent.post(`/panel/interviews/${id}/draft`).type('form').send(draft('Before')).expect(303);
      if (ending === 'cancelled') {
        await as(t, token).post(`/interviews/${id}/cancel`, { reason: 'Kandidaat trekt zich terug' }).expect(200);
        const refused = await agent.post(`/panel/interviews/${id}/draft`).type('form').send(draft('After'));
        expect([404, 409]).toContain(refused.status);
        expect((await mine(id)).ratings[0].notes).toBe('Before');
        // The one-statement write refuses too, for a save that read the interview before it was cancelled.
        const cards = t.get(ScorecardsRepository);
        const card = (await cards.findOwn(id, scene.users.interviewer.user.id))!;
        const content = { ratings: [], recommendation: null, summary: 'Raced the cancellation' };
        expect(await cards.saveDraftAlone(card, content, new Date())).toBe(false);
        expect((await mine(id)).summary).toBeNull();
      } else {
        await as(t, token)
          .patch(`/interviews/${id}`, { panel: [scene.users.otherInterviewer.user.id] })
          .expect(200);
        const refused = await agent.post(`/panel/interviews/${id}/draft`).type('form').send(draft('After'));
        expect([403, 404]).toContain(refused.status);
        const [card] = await t.dataSource.query(
          `SELECT ratings FROM scorecards WHERE interview_id = '${id}' AND interviewer_id = '${scene.users.interviewer.user.id}'`,
        );
        expect(card === undefined || !JSON.stringify(card.ratings).includes('After')).toBe(true);
      }
    }
  });

  it('saves a draft as htmx and as a plain form, and shows it again', async () => {
    const { agent, csrf } = interviewer();
    const id = scene.interviewId;
    const saved = await agent
      .post(`/panel/interviews/${id}/draft`)
      .set('HX-Request', 'true')
      .type('form')
      .send({
        rating_customer_focus: '2',
        notes_customer_focus: 'Vroeg begonnen',
        summary: 'Eerste indruk',
        _csrf: csrf,
      })
      .expect(200);
    expect(saved.text).toMatch(/^<p id="panel-saved"[^>]*>Draft saved at /);
    expect(saved.text.length).toBeLessThan(300);
    let card = await mine(id);
    expect(card).toMatchObject({
      status: 'draft',
      ratings: [{ competency: 'customer_focus', rating: 2, notes: 'Vroeg begonnen' }],
      summary: 'Eerste indruk',
    });

    const plain = await agent
      .post(`/panel/interviews/${id}/draft`)
      .type('form')
      .send({ rating_customer_focus: 'na', notes_customer_focus: 'Niet aan bod gekomen', summary: '', _csrf: csrf })
      .expect(303);
    expect(plain.headers.location).toBe(`/panel/interviews/${id}?done=saved#scorecard`);
    card = await mine(id);
    expect(card.ratings).toEqual([{ competency: 'customer_focus', rating: null, notes: 'Niet aan bod gekomen' }]);
    expect(card.summary).toBeNull();

    const page = await agent.get(`/panel/interviews/${id}?done=saved`).expect(200);
    expect(page.text).toContain('Draft saved.');
    expect(page.text).toMatch(/id="rate-customer_focus-na" name="rating_customer_focus" value="na" checked/);
    expect(page.text).toContain('Niet aan bod gekomen</textarea>');
    // The scale's anchors stand beside its points.
    expect(page.text).toMatch(
      /value="1"><span class="panel-point">1<\/span><span class="panel-anchor">Strong no<\/span>/,
    );
  });

  it('refuses a rating off the scale with a message, keeping what was typed and the draft as it was', async () => {
    const { agent, csrf } = interviewer();
    const id = scene.interviewId;
    const before = await mine(id);
    for (const rating of ['9', 'x']) {
      const page = await agent
        .post(`/panel/interviews/${id}/draft`)
        .type('form')
        .send({ rating_customer_focus: rating, notes_customer_focus: 'Getypt en bewaard', _csrf: csrf })
        .expect(400);
      expect(page.text).toContain('Something in the scorecard is not right');
      expect(page.text).toContain('Getypt en bewaard</textarea>');
      const fragment = await agent
        .post(`/panel/interviews/${id}/draft`)
        .set('HX-Request', 'true')
        .type('form')
        .send({ rating_customer_focus: rating, _csrf: csrf })
        .expect(200);
      expect(fragment.text).toContain('field-error');
    }
    expect((await mine(id)).ratings).toEqual(before.ratings);
  });

  it('submits after one confirmation, then shows the panel side by side', async () => {
    const { agent, csrf } = interviewer();
    const form = {
      rating_customer_focus: '4',
      notes_customer_focus: 'Sterk in het klantgesprek',
      recommendation: 'yes',
      summary: 'Door naar de volgende ronde',
      _csrf: csrf,
    };
    const step = await agent.post(`/panel/interviews/${sharedId}/submit`).type('form').send(form).expect(200);
    expect(step.text).toContain('Submit your scorecard?');
    expect(step.text).toContain('name="confirmed" value="1"');
    expect((await mine(sharedId)).status).toBe('draft');

    const done = await agent
      .post(`/panel/interviews/${sharedId}/submit`)
      .type('form')
      .send({ confirmed: '1', _csrf: csrf })
      .expect(303);
    expect(done.headers.location).toBe(`/panel/interviews/${sharedId}?done=submitted#results`);
    const card = await mine(sharedId);
    expect(card).toMatchObject({ status: 'submitted', revision: 1, recommendation: 'yes' });

    const page = await agent.get(`/panel/interviews/${sharedId}?done=submitted`).expect(200);
    expect(page.text).toContain('Your scorecard is submitted.');
    expect(page.text).toContain(OTHER_NOTES);
    expect(page.text).toContain(OTHER_SUMMARY);
    expect(page.text).toContain('Sterk in het klantgesprek');
    // Ratings 4 and 1 on a scale of 4: the spread is flagged, and the average rule decided.
    expect(page.text).toContain('ratings 3 points apart');
    expect(page.text).toMatch(/Passed|Not passed/);
    expect(page.text).toContain('The round&#x27;s agreement report is for');
    // A second submission is refused: the card is final.
    await agent.post(`/panel/interviews/${sharedId}/draft`).type('form').send(form).expect(409);
  });

  it('corrects a submitted card as an amendment with its reason', async () => {
    const { agent, csrf } = interviewer();
    const form = {
      rating_customer_focus: '3',
      notes_customer_focus: 'Bij nalezen iets minder sterk',
      recommendation: 'yes',
      summary: 'Door naar de volgende ronde',
      revision: '1',
      _csrf: csrf,
    };
    const missing = await agent.post(`/panel/interviews/${sharedId}/amend`).type('form').send(form).expect(400);
    expect(missing.text).toContain('Say why you correct your scorecard.');
    expect(missing.text).toContain('Bij nalezen iets minder sterk</textarea>');

    const reason = 'Notities nagelezen';
    await agent
      .post(`/panel/interviews/${sharedId}/amend`)
      .type('form')
      .send({ ...form, reason })
      .expect(303);
    const card = await mine(sharedId);
    expect(card.revision).toBe(2);
    expect(card.revisions.map((one: { reason: string | null }) => one.reason)).toEqual([null, reason]);

    const stale = await agent
      .post(`/panel/interviews/${sharedId}/amend`)
      .type('form')
      .send({ ...form, reason })
      .expect(409);
    expect(stale.text).toContain('Your scorecard was changed meanwhile');
    const page = await agent.get(`/panel/interviews/${sharedId}`).expect(200);
    expect(page.text).toContain(`Version 2`);
    expect(page.text).toContain(reason);
  });

  it('gives the invitation as the calendar code writes it, to those who may see the interview', async () => {
    const ics = await interviewer().agent.get(`/panel/interviews/${scene.interviewId}/invite.ics`).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.headers['content-disposition']).toBe(`attachment; filename=interview-${scene.interviewId}.ics`);
    const text = ics.text.replace(/\r\n /g, '');
    expect(text).toContain(`UID:interview-${scene.interviewId}@sift\r\n`);
    expect(text).toContain('SEQUENCE:0\r\n');
    expect(text).toContain('DTSTART:20261214T093000Z\r\n');
    expect(text).toContain('METHOD:REQUEST\r\n');
    expect(text).toContain(`mailto:${scene.users.interviewer.user.email}`);
    await scene.sessions.otherInterviewer.agent.get(`/panel/interviews/${scene.interviewId}/invite.ics`).expect(404);
  });

  it('answers each scorecard form as the API’s scorecard routes do, for every kind of user', async () => {
    const expected: Record<string, number> = {
      admin: 403,
      recruiter: 403,
      hiringManager: 403,
      otherManager: 403,
      otherInterviewer: 404,
      compliance: 403,
    };
    for (const action of ['draft', 'submit', 'amend']) {
      const path = `/panel/interviews/${scene.interviewId}/${action}`;
      const outcomes: Record<string, number> = {};
      for (const actor of PAGE_ACTORS.filter((one) => one !== 'interviewer')) {
        const { agent, csrf } = scene.sessions[actor];
        const answer = await agent
          .post(path)
          .type('form')
          .send({ rating_customer_focus: '1', notes_customer_focus: 'Mag niet', _csrf: csrf });
        outcomes[actor] = answer.status;
      }
      expect({ path, outcomes }).toEqual({ path, outcomes: expected });
      const signedOut = await request(t.app.getHttpServer()).post(path).type('form').send({});
      expect([303, 403]).toContain(signedOut.status);
    }
    const card = await mine(scene.interviewId);
    expect(JSON.stringify(card)).not.toContain('Mag niet');
  });

  it('shows the vacancy’s recruiter the submitted cards and the round’s agreement, without a form', async () => {
    const page = await scene.sessions.recruiter.agent.get(`/panel/interviews/${sharedId}`).expect(200);
    expect(page.text).not.toContain('panel-form');
    expect(page.text).toContain(OTHER_NOTES);
    expect(page.text).toContain('Agreement in this round');
    expect(page.text).not.toContain('agreement report is for');
  });
});
