import { repairMojibake } from './mojibake';

describe('UTF-8 read once as Windows-1252', () => {
  it('is turned back into the characters it was', () => {
    expect(repairMojibake('Iâ€™ve sold â‚¬6.2m | March 2019 â€“ present â€¢ ColÃ¡iste IognÃ¡id')).toBe(
      'I’ve sold €6.2m | March 2019 – present • Coláiste Iognáid',
    );
    expect(repairMojibake('MÃ¼Ã¼gijuht, TÃ¶Ã¶andja')).toBe('Müügijuht, Tööandja');
  });

  it('leaves text that is right as it is, accents and symbols beside each other too', () => {
    const right = 'Müügijuht – 2019 “quoted” Tööandja café €5m Õ€ Ü–';
    expect(repairMojibake(right)).toBe(right);
  });
});
