// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bibtex, citeSource, formatCitation, headlineCase, parseContainer, toMarkdown, toPlain } from '../../web/src/features/citations/formats.ts';
import { CITE_1961, CITE_UNDATED, SOURCE, UNDATED_WORK, WORK_1961 } from './web-fixtures.ts';
import { formatWhere } from '../../web/src/features/citations/dates.ts';
import { citedUrl } from '../../web/src/features/citations/passage.ts';

const URL_1961 = 'https://example.org/works/1961-all-efforts-to-attain-the-six#p-1';
const dated = citeSource(CITE_1961, WORK_1961, URL_1961);
const undated = citeSource(CITE_UNDATED, UNDATED_WORK);

describe('citation export formats', () => {
  it('splits a stored source into collection title, publisher, place and year', () => {
    expect(parseContainer(SOURCE)).toEqual({
      title: 'On Self-Reliance and the Building of an Independent National Economy',
      publisher: 'Foreign Languages Publishing House',
      place: 'Pyongyang',
      year: 2022,
    });
  });

  it('writes a Chicago bibliography entry with the speech date, the collection in italics and its imprint', () => {
    const segs = formatCitation('chicago', dated);
    expect(toPlain(segs)).toBe(
      'Kim Il Sung. “All Efforts to Attain the Six Goals.” Concluding Speech at the Second Enlarged Plenary Meeting of the Fourth Central Committee of the Workers\' Party of Korea, December 1, 1961. ' +
        'In On Self-Reliance and the Building of an Independent National Economy, 1–3. Pyongyang: Foreign Languages Publishing House, 2022. ' +
        `${URL_1961}.`,
    );
    expect(toMarkdown(segs)).toContain('In *On Self-Reliance and the Building of an Independent National Economy*, 1–3.');
  });

  it('writes an MLA works-cited entry with the abbreviated day-month-year date and pp.', () => {
    expect(toPlain(formatCitation('mla', dated))).toBe(
      'Kim Il Sung. “All Efforts to Attain the Six Goals.” 1 Dec. 1961. On Self-Reliance and the Building of an Independent National Economy, Foreign Languages Publishing House, 2022, pp. 1–3. ' +
        `${URL_1961}.`,
    );
  });

  it('writes an APA reference for a reprinted speech with "(Original work published 1961)"', () => {
    expect(toPlain(formatCitation('apa', dated))).toBe(
      'Kim Il Sung. (2022). All efforts to attain the six goals. In On Self-Reliance and the Building of an Independent National Economy (pp. 1–3). Foreign Languages Publishing House. (Original work published 1961) ' +
        URL_1961,
    );
  });

  it('writes a BibTeX @incollection entry that keeps a family-name-first author whole', () => {
    const entry = bibtex(dated);
    expect(entry.split('\n')[0]).toBe('@incollection{kim1961efforts,');
    expect(entry).toContain('author    = {{Kim Il Sung}}');
    expect(entry).toContain('title     = {All Efforts to Attain the Six Goals}');
    expect(entry).toContain('year      = {2022}');
    expect(entry).toContain('origdate  = {1961-12-01}');
    expect(entry).toContain('pages     = {1--3}');
    expect(entry).toContain("Workers' Party of Korea, 1 December 1961}");
    expect(entry.trim().endsWith('}')).toBe(true);
  });

  it('cites a work whose source gives only its first page as that page and on: "45ff." (BibTeX "45+"), one full stop', () => {
    const open = { ...dated, pages: '45ff.', url: undefined };
    expect(toPlain(formatCitation('chicago', open))).toContain('In On Self-Reliance and the Building of an Independent National Economy, 45ff. Pyongyang:');
    expect(toPlain(formatCitation('mla', open))).toBe(
      'Kim Il Sung. “All Efforts to Attain the Six Goals.” 1 Dec. 1961. On Self-Reliance and the Building of an Independent National Economy, Foreign Languages Publishing House, 2022, pp. 45ff.',
    );
    expect(toPlain(formatCitation('apa', open))).toContain('(pp. 45ff.)');
    expect(bibtex(open)).toContain('pages     = {45+}');
    expect(formatWhere({ date: '1993-12-08', year: 1993, pages: '45ff.' })).toBe('8 December 1993, pp. 45ff.');
  });

  it('marks an undated work as n.d. in Chicago and APA, omits the date in MLA, and leaves year out of BibTeX', () => {
    const chicago = toPlain(formatCitation('chicago', undated));
    expect(chicago).toBe(
      'Zhang Chao. “North Korea’s Choice of ‘Self-Reliant Heavy Industrialization’ and Preparation of Development Foundation (1945-1956).” n.d., 179–180.',
    );
    const apa = formatCitation('apa', undated);
    expect(toPlain(apa)).toBe(
      'Zhang Chao. (n.d.). North Korea’s choice of “self-reliant heavy industrialization” and preparation of development foundation (1945-1956).',
    );
    const mla = formatCitation('mla', undated);
    expect(toPlain(mla)).toBe('Zhang Chao. “North Korea’s Choice of ‘Self-Reliant Heavy Industrialization’ and Preparation of Development Foundation (1945-1956).” pp. 179–180.');
    // An article (pages, no journal named) is a part of something: its title neither italic in APA nor in MLA.
    for (const entry of [apa, mla]) expect(entry.some((segment) => typeof segment !== 'string' && segment.italic)).toBe(false);
    const bib = bibtex(undated);
    expect(bib.split('\n')[0]).toBe('@misc{zhangndnorth,');
    expect(bib).not.toMatch(/\byear\b/);
    expect(bib).toContain('note   = {undated}');
  });

  it('escapes BibTeX special characters', () => {
    const entry = bibtex({ ...undated, title: 'Costs & prices: 100% of #1_a {b}' });
    expect(entry).toContain('{Costs \\& Prices: 100\\% of \\#1\\_a \\{B\\}}');
  });

  it('capitalises titles headline-style, keeping small words lower-case and capitalising hyphenated parts but small ones', () => {
    expect(headlineCase('let us develop South-South cooperation')).toBe('Let Us Develop South-South Cooperation');
    expect(headlineCase('on the direction of socialist economic construction for the immediate period ahead')).toBe(
      'On the Direction of Socialist Economic Construction for the Immediate Period Ahead',
    );
    expect(headlineCase('the spirit of self-reliance')).toBe('The Spirit of Self-Reliance');
    // A small word after a hyphen stays small, an article of another language too.
    expect(headlineCase('answers to the editor-in-chief of the Dar-el-Tahrir')).toBe('Answers to the Editor-in-Chief of the Dar-el-Tahrir');
    // A name's particle the title writes in lower case keeps it; written with a capital, or first, it is a word as any.
    expect(headlineCase('answers to the director of the Syrian magazine Jeich al Shaab')).toBe('Answers to the Director of the Syrian Magazine Jeich al Shaab');
    expect(headlineCase('de Gaulle and the Al Ahram paper')).toBe('De Gaulle and the Al Ahram Paper');
    expect(headlineCase('the anti-Japanese struggle and the non-aligned movement')).toBe('The Anti-Japanese Struggle and the Non-Aligned Movement');
  });
});

describe('citedUrl', () => {
  it('gives the page of a public server, and none of one on this machine or a private network, which no reader could open', () => {
    expect(citedUrl('https://sources.example.org', '/works/w1961#p-1')).toBe('https://sources.example.org/works/w1961#p-1');
    expect(citedUrl('http://203.0.113.5:8080', '/works/w1961')).toBe('http://203.0.113.5:8080/works/w1961');
    for (const origin of ['http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000', 'http://192.168.1.20:3000', 'http://10.0.0.2', 'http://172.20.1.1', 'http://study.local', 'http://app.localhost', '']) {
      expect(citedUrl(origin, '/works/w1961'), origin).toBeUndefined();
    }
  });
});

describe('formatWhere', () => {
  it('gives the date and the pages of a quote, both pages when it runs over a page break', () => {
    expect(formatWhere({ date: '1967-12-16', year: 1967, page: 3 })).toBe('16 December 1967, p. 3');
    expect(formatWhere({ date: null, year: null, page: 179, pageEnd: 180 })).toBe('undated, pp. 179–180');
  });
});
