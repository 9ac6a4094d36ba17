import { normaliseText } from './text';
describe('letters whose mark is part of them', () => {
  it('folds dotless i, the barred l and o, ß and the ligatures to plain letters', () => {
    expect(normaliseText('Satış Danışmanı, Łódź, Søren, Straße, Æble, Œuvre')).toBe(
      'satis danismani lodz soren strasse aeble oeuvre',
    );
  });
});
