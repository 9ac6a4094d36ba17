import { parsePrometheusText, valueOf } from './prometheus-text';

describe('the exposition format reader the metrics tests use', () => {
  it('reads families, labels with escapes, infinities and timestamps', () => {
    const exposition = parsePrometheusText(
      [
        '# HELP a_total Things, counted.',
        '# TYPE a_total counter',
        'a_total{route="/x/:id",note="say \\"hi\\"\\\\ \\n"} 3',
        'b_bucket{le="+Inf"} 7 1700000000000',
        'c -Inf',
        '',
      ].join('\n'),
    );
    expect(exposition.types.get('a_total')).toBe('counter');
    expect(exposition.help.get('a_total')).toBe('Things, counted.');
    expect(exposition.samples[0]).toEqual({
      name: 'a_total',
      labels: { route: '/x/:id', note: 'say "hi"\\ \n' },
      value: 3,
    });
    expect(valueOf(exposition, 'b_bucket', { le: '+Inf' })).toBe(7);
    expect(valueOf(exposition, 'c')).toBe(-Infinity);
    expect(valueOf(exposition, 'missing')).toBe(0);
  });

  it.each([
    ['a_total{route="/x', 'unterminated label value'],
    ['a_total{route="/x"', '"," or "}" expected'],
    ['a_total{route=/x} 1', '""" expected at 14'],
    ['a_total{a="1",a="2"} 1', 'label a twice'],
    ['a_total 1 2 3', 'bad timestamp'],
    ['a_total one', 'bad value'],
    ['1a 1', 'a metric name expected'],
    ['# TYPE a_total thing', 'unknown type'],
  ])('refuses %s', (line, reason) => {
    expect(() => parsePrometheusText(line)).toThrow(reason);
  });
});
