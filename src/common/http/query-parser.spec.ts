import express from 'express';
import { useRememberingQueryParser } from './query-parser';

describe('the remembering query parser', () => {
  const app = express();
  useRememberingQueryParser(app, app);
  const parse = app.get('query parser fn') as (text: string) => Record<string, unknown>;

  it('gives what qs gives, a copy each time, so a reader changing it changes nothing for the next', () => {
    const first = parse('limit=50&stage=applied&stage=interview&q=a%20b+c');
    expect(first).toEqual({ limit: '50', stage: ['applied', 'interview'], q: 'a b c' });
    first.limit = '1';
    (first.stage as string[]).push('offer');
    expect(parse('limit=50&stage=applied&stage=interview&q=a%20b+c')).toEqual({
      limit: '50',
      stage: ['applied', 'interview'],
      q: 'a b c',
    });
  });

  it('parses nested queries as qs does, every time', () => {
    expect(parse('filter[stage]=applied&filter[tags][]=x')).toEqual({ filter: { stage: 'applied', tags: ['x'] } });
    expect(parse('filter[stage]=applied&filter[tags][]=x')).toEqual({ filter: { stage: 'applied', tags: ['x'] } });
  });
});
