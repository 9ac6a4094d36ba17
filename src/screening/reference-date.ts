/** The day screening measures against (years in sales up to it), as YYYY-MM-DD in UTC. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
