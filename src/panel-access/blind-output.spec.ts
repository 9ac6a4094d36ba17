import { aliasCode, MASK } from './blind-identity';
import { blindOutputFilter } from './blind-output';

const liis = { candidateId: 'c1', name: "Liis O'Tamm-Kask", email: 'liis@example.ee', phone: '+372 5123 4567' };
const jan = { candidateId: 'c2', name: 'Jan van der Berg', email: 'jan@example.nl', phone: null };
const alias = (code: string) => `Sollicitant ${code}`;

describe('the blind output filter', () => {
  const filter = blindOutputFilter([liis, jan], alias)!;

  it('puts the alias for the name and a mask for the rest, in JSON, HTML and text', () => {
    const json = JSON.stringify({ candidate: { name: liis.name, email: liis.email }, note: 'Belde Liis over Jan.' });
    const filtered = filter(json);
    expect(JSON.parse(filtered)).toEqual({
      candidate: { name: `Sollicitant ${aliasCode('c1')}`, email: MASK },
      note: `Belde ${MASK} over ${MASK}.`,
    });
    const html = `<td>Liis O&#x27;Tamm-Kask</td><td>jan@example.nl</td><td>Jan van der Berg</td>`;
    expect(filter(html)).toBe(
      `<td>Sollicitant ${aliasCode('c1')}</td><td>${MASK}</td><td>Sollicitant ${aliasCode('c2')}</td>`,
    );
    expect(filter('BEGIN:VEVENT\r\nSUMMARY:Eerste gesprek (Jan van der Berg)\r\n')).toContain(aliasCode('c2'));
    expect(filter('Bel +372 5123 4567')).toBe(`Bel ${MASK}`);
  });

  it('leaves other words alone: parts inside longer words, particles, everyone else', () => {
    expect(filter('Janssen van der Meer, Bergen op Zoom, Tammsaare')).toBe(
      'Janssen van der Meer, Bergen op Zoom, Tammsaare',
    );
    expect(blindOutputFilter([], alias)).toBeUndefined();
  });
});
