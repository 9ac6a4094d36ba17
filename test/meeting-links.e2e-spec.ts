import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/** An interview's meeting link becomes a link in mails and pages: only https: (and http: when allowed). */
describe('meeting links', () => {
  async function setUp(t: TestApp) {
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const panel = await makeUser(t, { roles: [Role.Interviewer] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const api = as(t, recruiter.token);
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const candidate = await makeCandidate(t, recruiter.token);
    const application = (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })).body;
    await api.post(`/applications/${application.id}/moves`, { stage: 'screening' }).expect(200);
    await api
      .post(`/applications/${application.id}/moves`, { stage: 'interview', roundId: vacancy.rounds[0].id })
      .expect(200);
    const schedule = (meetingUrl: unknown) =>
      api.post(`/applications/${application.id}/interviews`, {
        roundId: vacancy.rounds[0].id,
        startsAt: '2026-12-14T09:30:00Z',
        panel: [panel.user.id],
        meetingUrl,
      });
    return { api, schedule };
  }

  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)//https://meet.example.com',
    'data:text/html,<script>alert(1)</script>',
    'ftp://meet.example.com/room',
    'file:///etc/passwd',
    '//meet.example.com/room',
    '/room/1',
    'meet.example.com/room',
    'http://meet.example.com/room',
  ];

  it('stores https: links and refuses every other scheme with 400 naming meetingUrl', async () => {
    const t = await createTestApp();
    try {
      const { api, schedule } = await setUp(t);
      for (const link of refused) {
        const response = await schedule(link);
        expect({
          link,
          status: response.status,
          fields: response.body.errors?.map((e: { field: string }) => e.field),
        }).toEqual({ link, status: 400, fields: ['meetingUrl'] });
      }
      const http = await schedule('http://meet.example.com/room');
      expect(http.body.errors[0].messages).toContain('meetingUrl must be an absolute https: address');
      const ok = await schedule('https://meet.example.com/abc-defg');
      expect(ok.status).toBe(201);
      expect(ok.body.meetingUrl).toBe('https://meet.example.com/abc-defg');
      const patched = await api.patch(`/interviews/${ok.body.id}`, { meetingUrl: 'javascript:alert(1)' });
      expect([patched.status, patched.body.errors?.[0]?.field]).toEqual([400, 'meetingUrl']);
      const cleared = await api.patch(`/interviews/${ok.body.id}`, { meetingUrl: null });
      expect([cleared.status, cleared.body.meetingUrl]).toEqual([200, null]);
    } finally {
      await t.close();
    }
  }, 30_000);

  it('takes http: links only where ALLOW_HTTP_MEETING_URLS allows them', async () => {
    const t = await createTestApp({ env: { ALLOW_HTTP_MEETING_URLS: 'true' } });
    try {
      const { schedule } = await setUp(t);
      const http = await schedule('http://meet.example.com/room');
      expect([http.status, http.body.meetingUrl]).toEqual([201, 'http://meet.example.com/room']);
      expect((await schedule('javascript:alert(1)')).status).toBe(400);
    } finally {
      await t.close();
    }
  }, 30_000);
});
