import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('never runs the work twice at once, and runs once more when asked meanwhile', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const flight = new SingleFlight(async () => {
      running++;
      most = Math.max(most, running);
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return false;
    });
    flight.trigger();
    flight.trigger();
    flight.trigger();
    await flight.settled();
    expect(most).toBe(1);
    expect(runs).toBe(2);
  });

  it('runs again for as long as the work says there is more', async () => {
    let left = 3;
    const flight = new SingleFlight(async () => --left > 0);
    flight.trigger();
    await flight.settled();
    expect(left).toBe(0);
  });
});
