import { MAX_SCALE, MIN_SCALE } from '../scoring/round-result';
import { anchorsOf, passRuleOf, passThresholdOf } from './round-template';

describe('round templates on every scale', () => {
  const sizes = Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => MIN_SCALE + i);

  it('has standard anchors for every size from 2 to 10: one per point, each once, as many no as yes', () => {
    for (const scale of sizes) {
      const anchors = anchorsOf({ scale, anchors: null });
      expect([scale, anchors.length, new Set(anchors).size]).toEqual([scale, scale, scale]);
      const noes = anchors.filter((anchor) => / no$/i.test(` ${anchor}`)).length;
      const yeses = anchors.filter((anchor) => / yes$/i.test(` ${anchor}`)).length;
      expect([scale, noes, yeses, anchors.includes('Mixed')]).toEqual([
        scale,
        Math.floor(scale / 2),
        Math.floor(scale / 2),
        scale % 2 === 1,
      ]);
    }
    expect(anchorsOf({ scale: 4, anchors: null })).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
    expect(anchorsOf({ scale: 5, anchors: null })).toEqual(['Strong no', 'No', 'Mixed', 'Yes', 'Strong yes']);
    expect(anchorsOf({ scale: 3, anchors: ['Onvoldoende', 'Voldoende', 'Goed'] })).toEqual([
      'Onvoldoende',
      'Voldoende',
      'Goed',
    ]);
  });

  it("puts the average rule's default threshold on the first yes of the standard anchors", () => {
    for (const scale of sizes) {
      const anchors = anchorsOf({ scale, anchors: null });
      const threshold = passThresholdOf({ scale, passThreshold: null });
      expect([scale, anchors[threshold - 1]]).toEqual([scale, expect.stringMatching(/yes$/i)]);
      expect([scale, anchors[threshold - 2]]).toEqual([scale, expect.not.stringMatching(/yes$/i)]);
    }
    expect(passRuleOf({ scale: 7, passRule: 'average', passThreshold: null })).toEqual({
      kind: 'average',
      threshold: 5,
    });
    expect(passRuleOf({ scale: 10, passRule: 'average', passThreshold: 7.5 })).toEqual({
      kind: 'average',
      threshold: 7.5,
    });
  });
});
