import { prettyLogs } from './log-output';

describe('the log format', () => {
  const terminal = { isTTY: true };
  const pipe = { isTTY: undefined };

  it('is readable at a terminal and JSON anywhere else, by default', () => {
    expect(prettyLogs('auto', terminal, {})).toBe(true);
    expect(prettyLogs('auto', pipe, {})).toBe(false);
  });

  it('is JSON in CI even at a terminal', () => {
    expect(prettyLogs('auto', terminal, { CI: 'true' })).toBe(false);
  });

  it('is what LOG_FORMAT says when it says one', () => {
    expect(prettyLogs('json', terminal, {})).toBe(false);
    expect(prettyLogs('pretty', pipe, { CI: 'true' })).toBe(true);
  });
});
