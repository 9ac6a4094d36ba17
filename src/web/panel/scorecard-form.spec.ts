import { competenciesIn, holdsScorecard, scorecardFromForm } from './scorecard-form';

describe('the scorecard form', () => {
  const competencies = ['customer_focus', 'persuasiveness', 'analytical'];

  it('reads ratings, not assessed, notes, the recommendation and the summary', () => {
    const { form, typed } = scorecardFromForm(competencies, {
      rating_customer_focus: '3',
      notes_customer_focus: 'Goed voorbeeld',
      rating_persuasiveness: 'na',
      recommendation: 'yes',
      summary: 'Samenvatting',
      rating_unknown: '2',
    });
    expect(form).toEqual({
      ratings: [
        { competency: 'customer_focus', rating: 3, notes: 'Goed voorbeeld' },
        { competency: 'persuasiveness', rating: null },
      ],
      recommendation: 'yes',
      summary: 'Samenvatting',
    });
    expect(typed.ratings).toEqual({ customer_focus: '3', persuasiveness: 'na', analytical: '' });
  });

  it('keeps notes typed before a rating is chosen, as not assessed', () => {
    const { form } = scorecardFromForm(competencies, { notes_analytical: 'Nog kiezen' });
    expect(form.ratings).toEqual([{ competency: 'analytical', rating: null, notes: 'Nog kiezen' }]);
  });

  it('hands a rating that is no number on as one, for the API’s rules to refuse', () => {
    const { form } = scorecardFromForm(competencies, { rating_analytical: 'x' });
    expect(form.ratings[0].rating).toBeNaN();
  });

  it('tells a confirmation step (no fields) from a form', () => {
    expect(holdsScorecard(competencies, { confirmed: '1', _csrf: 't' })).toBe(false);
    expect(holdsScorecard(competencies, { notes_analytical: '' })).toBe(true);
  });

  it('names the competencies a form posts, once each', () => {
    expect(competenciesIn({ rating_a: '1', notes_a: '', notes_b: 'x', summary: '', _csrf: 't' })).toEqual(['a', 'b']);
  });

  it('clears the summary when it is posted empty, and keeps the saved one when it is not posted', () => {
    expect(scorecardFromForm(competencies, { summary: '' }).form.summary).toBe('');
    expect('summary' in scorecardFromForm(competencies, {}).form).toBe(false);
  });
});
