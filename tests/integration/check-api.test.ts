import { describe, expect, it } from 'vitest';
import { CheckResponse, SPEAKER_NOTES, type CheckClaim } from '../../server/contract.ts';
import { DEFAULT_CHECK } from '../../server/check/check.ts';
import { formatFindings } from '../../server/check/notes.ts';
import { toWorkSummary } from '../../server/http/present.ts';
import { useRealApp } from '../support/app.ts';

const real = useRealApp();

async function check(text: unknown): Promise<{ status: number; body: any }> {
  const res = await real.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  return { status: res.status, body: await res.json() };
}

const paragraphOf = (id: string) => real.deps.corpus.paragraphs.find((p) => p.id === id)!;

describe('POST /api/check on the real corpus', () => {
  it('marks an exact quotation, a one-word change (close, with the right source) and an invented one, in text order', async () => {
    const text =
      'In 1974 he told the director of Voluntad: “You said our country has been industrialized and highly developed, but it is a young country.” ' +
      'He went on: "We have only just laid the foundations enabling us to stand on our feet." ' +
      'He also said "the moon is made of green cheese and nothing else".';
    const { status, body } = await check(text);
    expect(status).toBe(200);
    const { claims } = CheckResponse.parse(body);
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['quotation', 'exact'],
      ['quotation', 'close'],
      ['quotation', 'not_found'],
    ]);
    const [exact, close, invented] = claims;
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(exact!.source!.year).toBe(1974);
    expect(exact!.source!.speaker).toBeUndefined();
    expect(exact!.attribution).toMatchObject({ ok: true });
    expect(close!.source!.workId).toBe(exact!.source!.workId);
    expect(close!.source!.quote).toBe('We have only just laid the foundations enabling us to stand on our own feet and to develop the country through our own efforts.');
    expect(paragraphOf(close!.source!.passageId).text).toContain(close!.source!.quote);
    expect(close!.diff).toContainEqual({ op: 'insert', text: 'own' });
    expect(invented!.source).toBeNull();
    expect(invented!.passages.length).toBeGreaterThan(0);
  });

  it('marks a quotation whose omission mark or brackets stand for a "not" as close, showing the words they stand for', async () => {
    const text =
      'Critics claim that in 1961 he said "we are … opposed to aid from others." ' +
      'In 1974 he said that "[the DPRK does] go hat in hand for aid which might put us in a subordinate position." ' +
      'In 1974 he said that "[the DPRK does not] go hat in hand for aid which might put us in a subordinate position." ' +
      'He insisted in 1961 that "[Self-reliance] will get us nowhere."';
    const [omitted, replaced, kept, swapped] = CheckResponse.parse((await check(text)).body).claims;
    expect(omitted!.verdict).toBe('close');
    expect(omitted!.diff).toEqual([
      { op: 'equal', text: 'we are' },
      { op: 'delete', text: '…' },
      { op: 'insert', text: 'not' },
      { op: 'equal', text: 'opposed to aid from others' },
    ]);
    expect(replaced!.verdict).toBe('close');
    expect(replaced!.source!.quote).toBe('But we do not go hat in hand for aid which might put us in a subordinate position');
    expect(replaced!.diff!.slice(0, 2)).toEqual([
      { op: 'delete', text: '[the DPRK does]' },
      { op: 'insert', text: 'But we do not' },
    ]);
    // Brackets that keep the "not" are an edit the styles allow; those at an end show the words they stand for.
    expect(kept!.verdict).toBe('exact');
    expect(kept!.source!.quote).toBe('But we do not go hat in hand for aid which might put us in a subordinate position');
    expect(swapped!.verdict).toBe('exact');
    expect(swapped!.source!.quote).toBe('Dependence will get us nowhere');
  });

  it('marks as close brackets that put a name for another name, not those that put one for "we"', async () => {
    const text = 'In 1969 Kim said the plant was built "with the help of [American] technicians."\n\nIn 1961 he said "[North Korea] must build a rich and strong country".';
    const [swapped, named] = CheckResponse.parse((await check(text)).body).claims;
    expect(swapped!.verdict).toBe('close');
    expect(swapped!.diff!.filter((d) => d.op !== 'equal')).toEqual([{ op: 'delete', text: '[American]' }, { op: 'insert', text: 'Soviet' }]);
    expect(named!.verdict).toBe('exact');
  });

  it('marks as close an omission that leaves out a negator a few words off, or at an end, and brackets that say the opposite', async () => {
    const text = [
      'In 1974 Kim said that "Self-reliance, however, does ... preclude economic and technical exchanges with other countries."',
      'He said in 1967 that "it is ... to establish material and technological foundations for socialism".',
      'In 1961 he said "Dependence will get us ..."',
      'In 1961 he declared "... should have an idea of depending on foreign countries."',
      'In 1979 he said "Our present general economic situation is [not] very good."',
      'In 1974 he said "it would be [possible] to ensure political independence."',
      // Fair: what is left out at the end holds no negator near the quotation.
      'In 1961 he said that "we are not opposed to aid from others ..."',
      // Left out between two pieces, a negator far from the second still governs it, in the clause they end in.
      'In 1969 he said: "In establishing Juche and relying on our own efforts we . . . solve everything by ourselves."',
      // With no mark, a quotation that opens just after the negator governing it says the opposite; one of a phrase alone does not.
      'In 1961 he said people "should have an idea of depending on foreign countries."',
      'In 1969 he said they accept a task with no "slightest hesitation, and always carry it through to the end".',
      // The writer's own negator before it: none left out.
      'In 1961 Kim said we are not "opposed to aid from others".',
      // Left out after a piece that stops mid-clause, a negator of that clause turns it round.
      'In 1961 he said "Of course, we are ... necessary assistance."',
    ].join('\n\n');
    const claims = CheckResponse.parse((await check(text)).body).claims;
    const changed = (i: number) => claims[i]!.diff!.filter((d) => d.op !== 'equal');
    expect(claims.map((c) => c.verdict)).toEqual(['close', 'close', 'close', 'close', 'close', 'close', 'exact', 'close', 'close', 'exact', 'exact', 'close']);
    expect(changed(7)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'do not intend to reject international solidarity, mutual cooperation and assistance between fraternal countries and to' }]);
    expect(changed(8)).toEqual([{ op: 'insert', text: 'Nobody' }]);
    expect(claims[8]!.source!.quote).toBe('Nobody should have an idea of depending on foreign countries');
    expect(changed(0)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'not in any sense' }]);
    expect(changed(1)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'impossible' }]);
    expect(claims[2]!.source!.quote).toBe('Dependence will get us nowhere');
    expect(changed(2)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'nowhere' }]);
    expect(changed(3)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'Nobody' }]);
    expect(changed(4)).toEqual([{ op: 'delete', text: '[not]' }]);
    expect(changed(5)).toEqual([{ op: 'delete', text: '[possible]' }, { op: 'insert', text: 'impossible' }]);
  });

  it('marks as close brackets that put another number for the source\'s, and an omission that leaves out a qualifier', async () => {
    const text = [
      'Kim recalled the "meeting at Nanhutou in February [1956]" as the start of the crisis.',
      'Kim said the Kangson workers "turned out [200,000] tons rather than 90 000 tons."',
      'In 1969 Kim said that "We get help from other countries, but we do not depend ... upon it."',
      'In 1969 he said "we make ... everything we need by our own efforts."',
      // A quantifier too: "some kinds", "less than 20".
      'In 1974 Kim said that "We import ... kinds of sophisticated factory equipment."',
      'In 1993 Kim recalled being "in command of ... 20 guardsmen."',
      // Fair: the same number, written otherwise; a qualifier left out far from the words after the mark.
      'Kim said the Kangson workers "turned out [120,000] tons rather than 90 000 tons."',
      'In 1969 he said "Today we manufacture automobiles ... by our own efforts."',
    ].join('\n\n');
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['close', 'close', 'close', 'close', 'close', 'close', 'exact', 'exact']);
    const changed = (i: number) => claims[i]!.diff!.filter((d) => d.op !== 'equal');
    expect(changed(0)).toEqual([{ op: 'delete', text: '[1956]' }, { op: 'insert', text: '1936' }]);
    expect(changed(1)).toEqual([{ op: 'delete', text: '[200,000]' }, { op: 'insert', text: '120 000' }]);
    expect(changed(2)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'entirely' }]);
    expect(changed(3)).toEqual([{ op: 'delete', text: '…' }, { op: 'insert', text: 'almost' }]);
    // Letters put before a word make another word of it; "[even if]" for "unless" says "if not" otherwise; a qualifier
    // put for another says more or less.
    const more = CheckResponse.parse(
      (
        await check(
          [
            'In 1961 Kim said that "[In]dependence will get us nowhere."',
            'In 1978 Kim said that "The political independence of a country cannot be maintained [even if] it is supported by an independent national economy."',
            'In 1971 Kim said that "By relying [entirely] upon our own technical skills and resources, and using our own cadres and people, we have maintained the revolutionary spirit of self-reliance."',
            // Fair: a letter's case changed.
            'In 1961 Kim said that "[d]ependence will get us nowhere."',
          ].join('\n\n'),
        )
      ).body,
    ).claims;
    expect(more.map((c) => c.verdict)).toEqual(['close', 'close', 'close', 'exact']);
    expect(more[1]!.diff!.filter((d) => d.op !== 'equal')).toEqual([{ op: 'delete', text: '[even if]' }, { op: 'insert', text: 'unless' }]);
    expect(more[2]!.diff!.filter((d) => d.op !== 'equal')).toEqual([{ op: 'delete', text: '[entirely]' }, { op: 'insert', text: 'largely' }]);
  });

  it('marks a quotation with phrases left out and no omission mark as close, showing what it left out', async () => {
    const { body } = await check(
      'In 1987 he said that "South-South cooperation is an international movement of the peoples of the developing countries to win their economic freedom".',
    );
    const [claim] = CheckResponse.parse(body).claims;
    expect(claim!.verdict).toBe('close');
    expect(claim!.source!.quote).toBe('South-South cooperation is, in essence, an international movement of the peoples of the politically independent, developing countries to win their economic freedom and sovereignty.');
    expect(claim!.diff!.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'insert', text: 'in essence,' },
      { op: 'insert', text: 'politically independent,' },
    ]);
    expect(claim!.attribution).toMatchObject({ ok: true });
  });

  it('marks a quotation trimmed in three places, no word of it changed, as close, and one that leaves out more words than it quotes as not found', async () => {
    const { body } = await check('By 1974 he admitted that "self-reliance does not preclude economic exchanges with other countries".');
    const [claim] = CheckResponse.parse(body).claims;
    expect(claim!.verdict).toBe('close');
    expect(claim!.source!.quote).toBe('Self-reliance, however, does not in any sense preclude economic and technical exchanges with other countries.');
    expect(claim!.diff!.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'insert', text: 'however,' },
      { op: 'insert', text: 'in any sense' },
      { op: 'insert', text: 'and technical' },
    ]);
    // A quotation's first word left alone before a phrase left out: the phrase is left out, no word of it changed.
    const [lone] = CheckResponse.parse((await check('He said: "We laid the foundations enabling us to stand on our own feet".')).body).claims;
    expect(lone!.verdict).toBe('close');
    expect(lone!.diff!.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: 'have only just' }]);
    const works = new Map(real.deps.corpus.works.map((w) => [w.id, toWorkSummary(w, 0)]));
    expect(formatFindings([lone!], works)).toContain('   changes (yours [-…-], source {+…+}; words left out, no omission mark): We {+have only just+} laid');
    // Four words strung from a sentence of sixteen are no quotation of it.
    const [sparse] = CheckResponse.parse((await check('He said "self-reliance preclude exchanges countries".')).body).claims;
    expect(sparse!.verdict).toBe('not_found');
  });

  it('marks as exact a quotation copied from a PDF, its ligatures, other hyphens and unseen characters as typeset', async () => {
    const text = 'In 1969 he said "We bene\ufb01t from the advanced learning of foreign countries and draw on their good experience." In 1961 he said "Self\u2011reliance means stand\u00ading on one\'s own feet".';
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['exact', 'exact']);
    expect(claims[0]!.source!.quote).toContain('We benefit from the advanced learning');
  });

  it('calls the work wrong when the words naming it fit several works alike, none of them the source, or a name stands beside "Speech"', async () => {
    const quotation = '"Self-reliance is the only way for communists to achieve the ultimate victory of the revolution."';
    const text = [
      `In his concluding speech at the Central Committee plenum, Kim said that ${quotation}`,
      `In his 1987 Congratulatory Speech, Kim said that ${quotation}`,
      // Fair: one of the works they fit is the source.
      'In his concluding speech at the Central Committee plenum, Kim said that "Revolutionaries must believe in their own strength and think of carrying out the revolution by their own efforts."',
      'In his 1987 Congratulatory Speech, Kim said that "Barter can be regarded as the best form of trade between these countries."',
    ].join('\n\n');
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.verdict, c.attribution?.ok, c.attribution?.wrong])).toEqual([
      ['exact', false, ['work']],
      ['exact', false, ['work']],
      ['exact', true, undefined],
      ['exact', true, undefined],
    ]);
    expect(claims[0]!.attribution!.stated).toMatch(/concluding speech at the Central Committee/);
    // The book the works are printed in, named by its title with the edition's year, names any of them, at no date.
    const [inBook] = CheckResponse.parse(
      (await check('In "On Self-Reliance and the Building of an Independent National Economy," a 2022 collection, Kim writes that "Dependence will get us nowhere."')).body,
    ).claims;
    expect(inBook!.attribution).toMatchObject({ ok: true });
  });

  it('shows the passages a sentence claims, whatever year, author or kind of work it gives them, and none for a name the texts lack', async () => {
    const text = [
      'In 1967, Kim said that building a blast furnace with foreign help would have taken four or five years.',
      'Zhang Chao argued that barter is the best form of trade between developing countries.',
      'Kim argued that economic independence is the material foundation for political independence (Kim, 2022, p. 5).',
      'Kim Il Sung visited Moscow in 1984 and met Konstantin Chernenko.',
    ].join(' ');
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['sentence', 'sources'],
      ['sentence', 'sources'],
      ['sentence', 'sources'],
      ['sentence', 'not_found'],
    ]);
    const first = (i: number) => claims[i]!.passages[0]!.text;
    expect(claims[0]!.passages[0]!.year).toBe(1969);
    expect(first(0)).toMatch(/four or five years/);
    expect(first(1)).toMatch(/Barter can be regarded as the best form of trade/);
    expect(first(2)).toMatch(/Economic independence is the material foundation for political independence/);
  });

  it('reads "Ibid." as the work the note before names, right or wrong, not as the source found for its quotation', async () => {
    const text = [
      'Kim insisted that "Economic independence is the material foundation for political independence."¹ He warned that "an economically subject nation cannot free itself from colonial slavery politically."²',
      '1. Kim Il Sung, "All Efforts to Attain the Six Goals," 1961.',
      '2. Ibid.',
    ].join('\n\n');
    const [first, second] = CheckResponse.parse((await check(text)).body).claims.filter((c) => c.kind === 'quotation');
    expect(first!.source!.year).toBe(1967);
    expect(first!.attribution).toMatchObject({ ok: false });
    expect(second!.source!.year).toBe(1967);
    expect(second!.attribution).toMatchObject({ ok: false, wrong: ['work'] });
    expect(second!.attribution!.stated).toMatch(/^Ibid\. \(All efforts to attain the six goals\)/);
  });

  it('marks two sentences quoted as one, over a longer sentence between them left out without a mark, as close', async () => {
    const [joined, cut] = CheckResponse.parse(
      (await check('He warned that "Dependence will get us nowhere. It can also give rise to worship of big countries and various other abuses." He added "Dependence will get us nowhere. It can also give rise to other abuses."')).body,
    ).claims;
    expect(joined!.verdict).toBe('close');
    expect(joined!.source!.year).toBe(1961);
    expect(joined!.diff!.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'insert', text: 'Such a spirit holds back people from striving to tap the resources of their own country and can greatly retard its development.' },
    ]);
    // Words left out inside a sentence as well: as many as before.
    expect(cut!.verdict).toBe('not_found');
  });

  it('marks a compound written open as one change, aligned with the source\'s hyphenated word, not the sentence before', async () => {
    const [claim] = CheckResponse.parse((await check('In 1961 he said that "self reliance means standing on one\'s own feet".')).body).claims;
    expect(claim!.verdict).toBe('close');
    expect(claim!.source!.quote).toMatch(/^Self-reliance means standing on one's own feet\b/);
    expect(claim!.diff!.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: 'self reliance' },
      { op: 'insert', text: 'Self-reliance' },
    ]);
  });

  it('reads the work a sentence names by another form of a name in its title ("the Peruvian ex-premier")', async () => {
    const quote = '“building an independent national economy does not mean closing the door to economic exchange”';
    const [right] = CheckResponse.parse((await check(`In a talk to the Peruvian ex-premier, he insisted that ${quote}.`)).body).claims;
    expect(right!.attribution).toMatchObject({ stated: 'Peruvian ex-premier', ok: true });
    const [wrong] = CheckResponse.parse((await check(`Speaking to journalists from Iraq, he insisted that ${quote}.`)).body).claims;
    expect(wrong!.attribution).toMatchObject({ ok: false });
    expect(wrong!.attribution!.actual).toContain('Peru');
  });

  it('reads no work in title words a sentence says apart, about something else ("developing agriculture, light industry")', async () => {
    const abstract = real.deps.corpus.works.find((w) => w.year === null)!;
    expect(abstract.title).toMatch(/industrialization.*development/);
    const text = 'In his final years he reminded officials that "self-reliance is the method" for developing agriculture, light industry and foreign trade (Kim 1993).';
    const [claim] = CheckResponse.parse((await check(text)).body).claims;
    expect(claim).toMatchObject({ verdict: 'exact', attribution: { stated: '1993', ok: true } });
  });

  it('flags a parenthetical citation that names another author than the quotation\'s ("(Kim, 1987)" after the article\'s words)', async () => {
    const abstract = real.deps.corpus.works.find((w) => w.author === 'Zhang Chao')!;
    const words = 'development route of industrialization is related to the socialist industrialization of the Soviet Union';
    expect(real.deps.corpus.paragraphs.some((p) => p.workId === abstract.id && p.text.includes(words))).toBe(true);
    const [wrong] = CheckResponse.parse((await check(`The study finds that North Korea's "${words}" (Kim, 1987).`)).body).claims;
    expect(wrong).toMatchObject({ verdict: 'exact', attribution: { ok: false, wrong: ['author'], stated: 'cited as Kim' } });
    expect(wrong!.attribution!.actual).toContain('by Zhang Chao');
    const [right] = CheckResponse.parse((await check(`The study finds that North Korea's "${words}" (Zhang 2022).`)).body).claims;
    expect(right!.attribution).toBeNull();
    // His own words cited by his name, as before: the year is checked, the name agrees.
    const [his] = CheckResponse.parse((await check('He said that "dependence will get us nowhere" (Kim, 1961).')).body).claims;
    expect(his!.attribution).toEqual({ stated: '1961', actual: '1 December 1961', ok: true });
    // Named by a surname before the quotation, as essays name authors: his words put in the scholar's mouth.
    for (const text of ['Zhang argues that "Dependence will get us nowhere."', 'According to Zhang, "Dependence will get us nowhere."']) {
      const [surnamed] = CheckResponse.parse((await check(text)).body).claims;
      expect(surnamed!.attribution, text).toMatchObject({ stated: 'Zhang Chao', ok: false, wrong: ['author'] });
    }
    // A namesake is still no author of the collection.
    const [namesake] = CheckResponse.parse((await check('Kim Jong Il wrote that "Dependence will get us nowhere."')).body).claims;
    expect(namesake!.attribution).toMatchObject({ stated: 'Kim Jong Il', ok: false });
  });

  it('reads no work in title words in lower case that are the texts\' subject, only beside a word for a work', async () => {
    const quote = '"serves as a solid material guarantee for the political independence of the country"';
    const [subject] = CheckResponse.parse((await check(`He saw the economy as the guarantee of political independence: the independent national economy ${quote}.`)).body).claims;
    expect(subject).toMatchObject({ verdict: 'exact', attribution: null });
    const [named] = CheckResponse.parse((await check(`In the speech on political independence, he wrote that the economy ${quote}.`)).body).claims;
    expect(named!.attribution).toMatchObject({ stated: 'political independence', ok: false, wrong: ['work'] });
  });

  it('says a work named on both sides of a quotation in the words of one side, not the quotation between them', async () => {
    const text = 'In 1971 he told Iraqi journalists that "building an independent national economy is the embodiment of the Juche idea in economic construction" (Answers to the Iraqi journalists).';
    const [claim] = CheckResponse.parse((await check(text)).body).claims;
    expect(claim!.attribution).toMatchObject({ stated: '1971, Iraqi journalists', ok: true });
  });

  it('reads no work in "North Korea", which the scholarly article’s title holds, nor in "the DPRK", which an occasion spells out', async () => {
    const [claim] = CheckResponse.parse((await check('In 1974, he said North Korea did "not go hat in hand for aid".')).body).claims;
    expect(claim!.attribution).toEqual({ stated: '1974', actual: '9 October 1974', ok: true });
    // The 1967 work's occasion ends "… of the DPRK", having spelled out "the Democratic People's Republic of Korea": the country, not that work.
    expect(real.deps.corpus.works.some((w) => w.year === 1967 && w.occasion?.includes('DPRK'))).toBe(true);
    const [dprk] = CheckResponse.parse((await check('In 1974, he insisted that the DPRK would "not go hat in hand for aid".')).body).claims;
    expect(dprk!.attribution).toEqual({ stated: '1974', actual: '9 October 1974', ok: true });
  });

  it('reads a title in quotation marks as the work cited, not as a quotation found nowhere', async () => {
    const work = real.deps.corpus.works.find((w) => w.year === 1961)!;
    const other = real.deps.corpus.works.find((w) => w.year === 1987 && w.occasion?.includes('Non-Aligned'))!;
    const quote = '"such a spirit holds back people from striving to tap the resources of their own country"';
    const titleCase = work.title.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const right = CheckResponse.parse((await check(`In “${titleCase},” Kim Il Sung warned that ${quote}.`)).body).claims;
    expect(right.map((c) => [c.kind, c.verdict])).toEqual([['quotation', 'exact']]);
    expect(right[0]!.attribution).toMatchObject({ ok: true, stated: `${titleCase}, Kim Il Sung` });
    // Cited after the quotation, in its parenthetical, as the styles do: the title as written, not the words between.
    const inCitation = CheckResponse.parse((await check(`Kim Il Sung warned that ${quote} (Kim, “${titleCase},” 1961).`)).body).claims;
    expect(inCitation[0]!.attribution).toMatchObject({ ok: true, stated: `1961, ${titleCase}, Kim Il Sung` });
    const wrong = CheckResponse.parse((await check(`In “${other.title},” Kim Il Sung warned that ${quote}.`)).body).claims;
    expect(wrong[0]!.attribution).toMatchObject({ ok: false, wrong: ['work'] });
    // A sentence that only cites a title is read for what the sources say about it.
    const [cited] = CheckResponse.parse((await check(`In his speech "${other.title}", he called for cooperation among the non-aligned countries.`)).body).claims;
    expect([cited!.kind, cited!.verdict]).toEqual(['sentence', 'sources']);
  });

  it('reads a title shortened in a parenthetical citation as a title, not as a quotation found nowhere', async () => {
    const talk = real.deps.corpus.works.find((w) => w.year === 1974)!;
    const short = talk.title.split(' ').slice(0, 4).join(' ');
    const quote = '"Self-reliance, however, does not in any sense preclude economic and technical exchanges with other countries"';
    const claims = CheckResponse.parse((await check(`Yet he never rejected trade: ${quote} (Kim, "${short}," 1974).`)).body).claims;
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([['quotation', 'exact']]);
    expect(claims[0]!.attribution).toMatchObject({ ok: true });
  });

  it('marks a title written a word off as that work’s title, with the title the source gives and the change', async () => {
    const work = real.deps.corpus.works.find((w) => w.year === 1961)!;
    const words = work.title.split(' ');
    // One word of the title changed, as a student misremembers it.
    const misworded = [...words.slice(0, -2), 'great', words.at(-1)!].join(' ');
    const quote = '"such a spirit holds back people from striving to tap the resources of their own country"';
    const text = `In “${misworded},” Kim Il Sung warned that ${quote}.`;
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['quotation', 'title'],
      ['quotation', 'exact'],
    ]);
    const [title, quotation] = claims as [CheckClaim, CheckClaim];
    expect(text.slice(title.start, title.end)).toBe(`${misworded},`);
    expect(title.titled).toEqual({ workId: work.id, title: work.title, date: work.date, year: work.year, part: false });
    expect(title.diff).toEqual([
      { op: 'equal', text: words.slice(0, -2).join(' ') },
      { op: 'delete', text: 'great' },
      { op: 'insert', text: words.at(-2) },
      { op: 'equal', text: words.at(-1) },
    ]);
    expect([title.source, title.passages]).toEqual([null, []]);
    // The title's words still name its work for the quotation beside it.
    expect(quotation.attribution).toMatchObject({ ok: true });
    expect(quotation.attribution!.stated).toContain(`great ${words.at(-1)}`);
    expect(quotation.source!.workId).toBe(work.id);
    // A title whose words a sentence of the work also holds, a word off both: the title.
    const southSouth = real.deps.corpus.works.find((w) => w.year === 1987 && w.title.includes('South-South'))!;
    const misworded1987 = `His speech "${southSouth.title.replace(/\bdevelop\b/, 'build')}" was given in Pyongyang.`;
    const [build] = CheckResponse.parse((await check(misworded1987)).body).claims;
    expect([build!.verdict, build!.titled?.workId]).toEqual(['title', southSouth.id]);
    // Held to a looser likeness (as `npm run eval -- --check` calibrates it), the phrase is as near a sentence of the
    // speech ("… to develop South-South cooperation"): the title still wins the tie.
    const [loose] = await real.deps.checker.check(misworded1987, { ...DEFAULT_CHECK, closeSimilarity: 0.4 });
    expect([loose!.verdict, loose!.titled?.work.id]).toEqual(['title', southSouth.id]);
  });

  it('says a quoted phrase found in no text but in a title is that title’s words, and one the texts hold too is theirs', async () => {
    const article = real.deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!;
    const term = article.title.match(/“([^”]+)”/)![1]!;
    const voluntad = real.deps.corpus.works.find((w) => /Voluntad/.test(w.title))!;
    const text = `Zhang notes that North Korea chose "${term}". Kim spoke to "the Ecuadorian publishing house Voluntad" of "the revolutionary spirit of self-reliance".`;
    const claims = CheckResponse.parse((await check(text)).body).claims.filter((c) => c.kind === 'quotation');
    expect(claims.map((c) => [c.text, c.verdict, c.titled?.workId, c.titled?.part])).toEqual([
      [term, 'title', article.id, true],
      ['the Ecuadorian publishing house Voluntad', 'title', voluntad.id, true],
      ['the revolutionary spirit of self-reliance', 'exact', undefined, undefined],
    ]);
    expect(claims[0]).toMatchObject({ source: null, diff: null, passages: [], titled: { title: article.title } });
  });

  it('flags a quotation attributed to the wrong year with the actual date', async () => {
    const { body } = await check('In 1961, Kim Il Sung said: “You said our country has been industrialized and highly developed, but it is a young country.”');
    const [claim] = CheckResponse.parse(body).claims;
    expect(claim!.verdict).toBe('exact');
    expect(claim!.attribution).toEqual({ stated: '1961, Kim Il Sung', actual: '9 October 1974, by Kim Il Sung', ok: false, wrong: ['date'] });
  });

  it('reads the edition\'s year in an author-date citation as the edition\'s, not a wrong date of the work ("(Kim, 2022, p. 1)")', async () => {
    const work = real.deps.corpus.works.find((w) => w.year === 1961)!;
    expect(work.source).toMatch(/\b2022\b/);
    const text = 'He argued that "Dependence will get us nowhere" (Kim, 2022, p. 1). In 2022 Kim said that "Dependence will get us nowhere."';
    const [cited, said] = CheckResponse.parse((await check(text)).body).claims;
    expect(cited!.attribution).toMatchObject({ stated: 'p. 1', ok: true });
    // Said of the work in the writer's own sentence, the year is a date of the work's, and wrong.
    expect(said!.attribution).toMatchObject({ stated: '2022, Kim Il Sung', ok: false, wrong: ['date'] });
    // APA's narrative citation too, "Kim (2022)"; of "Kim (1981/2022)", the first year is the work's, and checked.
    const narrative = [
      'In a 1978 conversation, Kim (2022) explained that "The economy supports politics" (p. 22).',
      'According to Kim (1981/2022), "Economic self-sufficiency is the material basis of political independence and sovereignty."',
      'According to Kim (1974/2022), "Economic self-sufficiency is the material basis of political independence and sovereignty."',
    ].join('\n\n');
    const [conversation, republished, misdated] = CheckResponse.parse((await check(narrative)).body).claims;
    expect(conversation!.attribution).toMatchObject({ stated: '1978, Kim Il Sung, p. 22', ok: true });
    expect(republished!.attribution).toMatchObject({ stated: '1981, Kim Il Sung', ok: true });
    expect(misdated!.attribution).toMatchObject({ stated: '1974, Kim Il Sung', ok: false, wrong: ['date'] });
  });

  it('finds words several works hold word for word in the one the text attributes them to, when it holds them', async () => {
    const phrase = 'the revolutionary spirit of self-reliance';
    const holding = new Set(real.deps.corpus.paragraphs.filter((p) => p.text.includes(phrase)).map((p) => real.deps.corpus.works.find((w) => w.id === p.workId)!));
    const [first, later] = [...holding].filter((w) => w.year !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    expect(later && later.year !== first!.year).toBe(true);
    const { claims } = CheckResponse.parse((await check(`In ${later!.year} he spoke of "${phrase}".`)).body);
    expect(claims[0]).toMatchObject({ verdict: 'exact', source: { year: later!.year }, attribution: { ok: true } });
    // Attributed to a year no work holding them is from: the first that holds them, said not to match.
    const none = CheckResponse.parse((await check(`In 1975 he spoke of "${phrase}".`)).body).claims[0]!;
    expect(none).toMatchObject({ verdict: 'exact', source: { year: first!.year }, attribution: { ok: false } });
  });

  it('dates a quotation from the date stated before it, and reads "the same speech" as the source of the quotation before', async () => {
    const text =
      'In 1969 he said that "the idea of Juche and the spirit of self-reliance do not involve nationalism". ' +
      'Two years later he insisted that "we do not intend to build socialism in isolation". ' +
      'The following year he added that "economic independence is vital to complete national independence". ' +
      'In the same interview he said that "there is no foreign capital in our country".';
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    const [, later, following, same] = claims;
    expect(later!.attribution).toEqual({ stated: 'two years later (1971)', actual: '11 October 1971', ok: true });
    // Counted from the year the sentence before made, 1971: the quotation is from 1974.
    expect(following!.attribution).toEqual({ stated: 'the following year (1972)', actual: '9 October 1974', ok: false, wrong: ['date'] });
    // The quotation before is from the 1974 talk, and so is this one.
    expect(same!.attribution).toMatchObject({ ok: true, actual: expect.stringContaining('Voluntad') });
    const misplaced = CheckResponse.parse((await check(`${text} In the same talk he said that "self-reliance means standing on one's own feet".`)).body).claims.at(-1)!;
    expect(misplaced.attribution).toMatchObject({ stated: expect.stringMatching(/^the same talk \(Talk to the director of the Ecuadorian/), ok: false, actual: expect.stringMatching(/^1 December 1961, /) });
  });

  it('names the work whose title a shortened title in quotation marks begins ("Talk to the Director"), and flags another work', async () => {
    const quote = 'The central task of this plan is to make the national economy Juche-orientated, modernize it, and put it on a scientific footing';
    const [cited] = CheckResponse.parse((await check(`"${quote}" (Kim, "Talk to the Director" 25).`)).body).claims;
    expect(cited!.attribution).toMatchObject({ ok: false, wrong: ['work'] });
    expect(cited!.attribution!.stated).toMatch(/^Talk to the Director\b/);
  });

  it('compares the date of the saying, not a date of what it tells ("recalling the crisis of 1936"), with its source’s', async () => {
    const quote = 'The most difficult of them was the crisis I had to deal with when advancing to the Mt Paektu area after the meeting at Nanhutou';
    const text = [
      `In 1993, recalling the crisis of 1936, Kim said that "${quote}".`,
      `In Kim's 1993 account of the 1936 expedition, he wrote that "${quote}".`,
      `In 1936, Kim said that "${quote}".`,
      'In the 1987 speech, Kim said "Dependence will get us nowhere."',
      // A part of a year, told: "recalling the winter of 1936"; said: "In the winter of 1936".
      `In 1993, recalling the winter of 1936, Kim said that "${quote}".`,
      `In the winter of 1936, Kim said that "${quote}".`,
      // Remembered then: "looking back to February 1936".
      `In 1993, looking back to February 1936, Kim said that "${quote}".`,
    ].join('\n\n');
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.attribution?.ok, c.attribution?.stated.slice(0, 4)])).toEqual([
      [true, '1993'],
      [true, '1993'],
      [false, '1936'],
      [false, '1987'],
      [true, '1993'],
      [false, 'the '],
      [true, '1993'],
    ]);
  });

  it('compares a decade, or a part of one, stated around a quotation with its source’s year', async () => {
    const text = 'In the 1970s he insisted that "we do not intend to build socialism in isolation". In the early 1980s he said that "there is no foreign capital in our country".';
    const [seventies, eighties] = CheckResponse.parse((await check(text)).body).claims;
    expect(seventies!.attribution).toEqual({ stated: 'the 1970s', actual: '11 October 1971', ok: true });
    expect(eighties!.attribution).toEqual({ stated: 'the early 1980s', actual: '9 October 1974', ok: false, wrong: ['date'] });
  });

  it('compares a page cited after a quotation with the pages its source gives it', async () => {
    const work = real.deps.corpus.works.find((w) => w.title.includes('Voluntad'))!;
    expect(work.pages).toBe('19-20');
    const quote = 'You said our country has been industrialized and highly developed, but it is a young country.';
    const [right, wrong] = CheckResponse.parse((await check(`He said: "${quote}" (Kim 19). He also said: "${quote}" (p. 120).`)).body).claims;
    expect(right!.attribution).toEqual({ stated: 'p. 19', actual: '9 October 1974, pp. 19–20 for the whole work', ok: true });
    expect(wrong!.attribution).toEqual({ stated: 'p. 120', actual: '9 October 1974, pp. 19–20 for the whole work', ok: false, wrong: ['page'] });
    // The last work of the collection: its first page and on, a page past it not called wrong, one before it so.
    const last = real.deps.corpus.works.find((w) => w.year === 1993)!;
    expect(last.pages).toBe('45ff.');
    const ship = 'We must build a physical oil prospecting ship.';
    const [after, before] = CheckResponse.parse((await check(`In 1993 he said: "${ship}" (Kim 51). He also said: "${ship}" (p. 40).`)).body).claims;
    expect(after!.attribution).toEqual({ stated: '1993, p. 51', actual: '8 December 1993, pp. 45ff. for the whole work', ok: true });
    expect(before!.attribution).toEqual({ stated: 'p. 40', actual: '8 December 1993, pp. 45ff. for the whole work', ok: false, wrong: ['page'] });
  });

  it.each([
    {
      cited: 'in parentheses after each',
      lines: [
        `(1) "Self-reliance means standing on one's own feet" (1961)`,
        '(2) "The Non-Aligned Movement is a powerful anti-imperialist peace force" (1987)',
        '(3) "You said our country has been industrialized and highly developed, but it is a young country" (1978)',
      ],
      said: [
        ['1961', true],
        ['1987', true],
        ['1978', false],
      ],
    },
    {
      // A citation after a dash, not in parentheses, is its own line's, not the next quotation's.
      cited: 'after a dash or in parentheses',
      lines: [
        '"Dependence will get us nowhere" — Kim Il Sung, All Efforts to Attain the Six Goals (1961)',
        '"The Non-Aligned Movement is a powerful anti-imperialist peace force." (Kim 1987)',
        '"Economic self-sufficiency is the material basis of political independence and sovereignty" (Kim Il Sung, Ghana Times interview, 1982)',
      ],
      said: [
        ['1961, All Efforts to Attain the Six Goals, Kim Il Sung', true],
        ['1987', true],
        ['1982, Ghana Times, Kim Il Sung', false],
      ],
    },
  ])('reads a list of quotations, one a line, each with its own citation ($cited)', async ({ lines, said }) => {
    const claims = CheckResponse.parse((await check(lines.join('\n'))).body).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
    expect(claims.map((c) => c.attribution && [c.attribution.stated, c.attribution.ok])).toEqual(said);
  });

  it('reads a quotation’s footnote as its citation: its date, work, author and closing page, "Ibid." as the work before, not the edition’s year', async () => {
    const text = [
      'Kim insisted that "dependence will get us nowhere."1 He also warned that "such a spirit holds back people from striving to tap the resources of their own country."2 Later he told a Peruvian visitor that "the defence of political independence depends on whether or not an independent national economy is built."³ Finally, "we are not shackled to any other country." [4]',
      '',
      '1. Kim Il Sung, "All Efforts to Attain the Six Goals," in On Self-Reliance and the Building of an Independent National Economy (Pyongyang: Foreign Languages Publishing House, 2022), 2.',
      '2. Ibid., 7.',
      '³ Kim Il Sung, "Talk to the Ex-Premier of the Republic of Peru," May 24, 1978.',
      '[4] Kim Il Sung, interview with Voluntad, 1975, 19.',
    ].join('\n');
    const claims = CheckResponse.parse((await check(text)).body).claims;
    // The notes are citations, not claims to look up.
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['quotation', 'exact'],
      ['quotation', 'exact'],
      ['quotation', 'exact'],
      ['quotation', 'exact'],
    ]);
    const [efforts, ibid, peru, voluntad] = claims.map((c) => c.attribution!);
    expect(efforts).toEqual({ stated: 'All Efforts to Attain the Six Goals, Kim Il Sung, p. 2', actual: '1 December 1961, All efforts to attain the six goals, by Kim Il Sung, pp. 1–3 for the whole work', ok: true });
    expect(ibid).toEqual({ stated: 'Ibid. (All efforts to attain the six goals), p. 7', actual: '1 December 1961, All efforts to attain the six goals, pp. 1–3 for the whole work', ok: false, wrong: ['page'] });
    expect(peru).toMatchObject({ stated: 'May 24, 1978, Talk to the Ex-Premier of the Republic of Peru, Kim Il Sung', ok: true });
    expect(voluntad).toMatchObject({ stated: '1975, Voluntad, Kim Il Sung, p. 19', ok: false, wrong: ['date'] });
    // Chicago's short form: the page after the title's closing mark, its comma inside it.
    const short = 'He told a Peruvian visitor that "the defence of political independence depends on whether or not an independent national economy is built."¹\n\n¹ Kim, "Talk to the Ex-Premier," 40.';
    const [shortNote] = CheckResponse.parse((await check(short)).body).claims;
    expect(shortNote!.attribution).toMatchObject({ stated: 'Talk to the Ex-Premier, p. 40', ok: false, wrong: ['page'] });
  });

  it('reads a note marker closing a block quotation as its note\'s, not as a word of it', async () => {
    const text = "Kim described the state of the country after the war:\n\n    Everything was burnt down and destroyed and only ashes were to be found in our towns and villages.¹\n\nThis shows the scale of the destruction.\n\n¹ Kim Il Sung, \"Answers to Questions Raised by the Iraqi Journalists' Delegation,\" 1971, 17.";
    const block = CheckResponse.parse((await check(text)).body).claims.find((c) => c.kind === 'quotation')!;
    expect(block.verdict).toBe('exact');
    expect(block.text).not.toMatch(/¹/);
    // The note cites it: another work, year and page than the source's.
    expect(block.attribution).toMatchObject({ ok: false, wrong: ['date', 'work', 'page'] });
  });

  it('checks a block quotation, set off by indentation with no marks, as a quotation, with its citation and the sentence introducing it', async () => {
    const block = "Self-reliance means standing on one's own feet, and we need this spirit more than anything else. Of course, we are not opposed to aid from others; we would receive necessary assistance.";
    const text = `Kim's 1987 speech set out the principle in plain terms:\n\n    ${block} (Kim 1961, 1)\n\nThis shows that he did not reject foreign help outright.`;
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['sentence', 'sources'],
      ['quotation', 'exact'],
      ['sentence', 'sources'],
    ]);
    expect(claims[1]!.text).toBe(block);
    // Its citation gives the page, its introduction the year: 1987 is not the source's.
    expect(claims[1]!.attribution).toMatchObject({ stated: '1987, Kim Il Sung, p. 1', ok: false, wrong: ['date'] });
  });

  it('marks a sentence of eight words or more that stands word for word in the sources, with no quotation marks, as unmarked', async () => {
    const words = "Self-reliance means standing on one's own feet, and we need this spirit more than anything else.";
    const text = `\tKim stressed self-reliance in 1961.\n\n\t${words}\n\n\tDependence will get us nowhere.`;
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['sentence', 'sources'],
      ['sentence', 'unmarked'],
      ['sentence', 'sources'],
    ]);
    expect(claims[1]!.source).toMatchObject({ workId: real.deps.corpus.works.find((w) => w.year === 1961)!.id, quote: words.slice(0, -1) });
    const works = new Map(real.deps.corpus.works.map((w) => [w.id, toWorkSummary(w, 0)]));
    expect(formatFindings(claims, works)).toContain(`2. ${words}\n   the source’s words, word for word, with no quotation marks: quote them\n   source wording: “${words.slice(0, -1)}”`);
  });

  it('shows no nearest passages for a quotation in another script, which the search cannot read', async () => {
    const [claim] = CheckResponse.parse((await check('그는 "자력갱생은 자기 발로 서는 것이다"라고 말했다.')).body).claims;
    expect(claim!.verdict).toBe('not_found');
    expect(claim!.passages).toEqual([]);
  });

  it('reads the work and author of each of two quotations in one sentence from its own part of it', async () => {
    const scholar = real.deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!.author;
    const text =
      'Kim Il Sung argued in 1961 that "the power of science is needed more than anything else" and later, in his 1987 speech to the Non-Aligned ministers, that "barter can be regarded as the best form of trade". ' +
      `Kim Il Sung said that "self-reliance means standing on one's own feet", while ${scholar} writes that "North Korea’s industrialization was the ‘self-reliant’, ‘modern’ industrialization".`;
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    const [science, barter, feet, industrialization] = claims;
    expect(science!.attribution).toEqual({ stated: '1961, Kim Il Sung', actual: '1 December 1961, by Kim Il Sung', ok: true });
    expect(barter!.attribution).toMatchObject({ ok: true, actual: expect.stringMatching(/^9 June 1987, Let us develop South-South cooperation/) });
    expect(feet!.attribution).toMatchObject({ stated: 'Kim Il Sung', ok: true });
    expect(industrialization!.attribution).toMatchObject({ stated: scholar, ok: true });
    // The same words, the names swapped: each quotation is put in the other author's mouth.
    const swapped = CheckResponse.parse((await check(`${scholar} said that "self-reliance means standing on one's own feet", while Kim Il Sung writes that "North Korea’s industrialization was the ‘self-reliant’, ‘modern’ industrialization".`)).body).claims;
    expect(swapped.map((c) => c.attribution?.wrong)).toEqual([['author'], ['author']]);
    // A year before the first quotation is not the second's, when the second's own part names its work; with nothing
    // named in its own part, the sentence's year is both quotations'.
    const echo = CheckResponse.parse(
      (await check('He told the Ghana Times in 1981 that "economic self-sufficiency is the material basis of political independence and sovereignty", echoing what he had told Ecuadorian journalists: "without economic independence it would be impossible to ensure political independence".')).body,
    ).claims;
    expect(echo.map((c) => c.attribution?.ok)).toEqual([true, true]);
    expect(echo[1]!.attribution!.stated).toBe('Ecuadorian');
    const both = CheckResponse.parse((await check('In 1974 he said that "without economic independence it would be impossible to ensure political independence" and that "economic independence is vital to complete national independence".')).body).claims;
    expect(both.map((c) => c.attribution?.stated)).toEqual(['1974', '1974']);
    // Said after each quotation, a year or a citation is the quotation's before it, up to the clause's break.
    const after = CheckResponse.parse(
      (await check('Kim wrote "Dependence will get us nowhere" in 1961 and "This means applying Juche in economic construction" in 1971. "Dependence will get us nowhere," Kim warned in 1961; "The economy supports politics," he told a Peruvian visitor in 1978.')).body,
    ).claims;
    expect(after.map((c) => [c.attribution?.stated, c.attribution?.ok])).toEqual([['1961, Kim Il Sung', true], ['1971', false], ['1961', true], ['1978, Peruvian', true]]);
    const cited = CheckResponse.parse(
      (await check('Kim declared that self-reliance "does not in any sense preclude economic and technical exchanges with other countries" (Kim, "Syrian Magazine") and that "Economic self-sufficiency is the material basis of political independence and sovereignty" (Kim, "Ghana Times").')).body,
    ).claims;
    expect(cited.map((c) => c.attribution?.wrong ?? [])).toEqual([['work'], []]);
    // The words naming a work, said as written, each run whole, not the words between them.
    const apart = CheckResponse.parse((await check('In his speech to the non-aligned countries he described South-South cooperation as "a matter of the greatest urgency" (9 June 1987).')).body).claims;
    expect(apart[0]!.attribution).toMatchObject({ ok: true, stated: '9 June 1987, non-aligned countries … South-South cooperation' });
  });

  it('reads a name a title writes at the start of a sentence as naming that work', async () => {
    const text =
      'Voluntad was told that "Economic self-sufficiency is the material basis of political independence and sovereignty." ' +
      'Hamrouche reported that Kim said "Without economic independence it would be impossible to ensure political independence." ' +
      'Ghana Times readers were told that "Economic self-sufficiency is the material basis of political independence and sovereignty."';
    const claims = CheckResponse.parse((await check(text)).body).claims;
    expect(claims.map((c) => [c.attribution?.stated, c.attribution?.ok])).toEqual([['Voluntad', false], ['Hamrouche, Kim Il Sung', false], ['Ghana Times', true]]);
  });

  it('flags a quotation put in the mouth of a namesake of its author', async () => {
    const [claim] = CheckResponse.parse((await check(`As Kim Jong Il put it, "self-reliance means standing on one's own feet."`)).body).claims;
    expect(claim!.verdict).toBe('exact');
    expect(claim!.attribution).toEqual({ stated: 'Kim Jong Il', actual: '1 December 1961, by Kim Il Sung', ok: false, wrong: ['author'] });
  });

  it('flags a quotation put in the mouth of the other author of the collection', async () => {
    const scholar = real.deps.corpus.works.find((w) => w.author !== 'Kim Il Sung')!.author;
    const { body } = await check(`As ${scholar} writes, “Self-reliance is, in brief, a revolutionary spirit and fighting principle of independent people”.`);
    const [claim] = CheckResponse.parse(body).claims;
    expect(claim!.verdict).toBe('exact');
    expect(claim!.attribution).toEqual({ stated: scholar, actual: '20 May 1986, by Kim Il Sung', ok: false, wrong: ['author'] });
  });

  it('says when a quotation is an interviewer’s words, not the author’s', async () => {
    const asked = real.deps.corpus.paragraphs.find((p) => p.speaker === 'interviewer' && p.text.split(' ').length > 12)!;
    const words = asked.text.replace(/^Question:\s*/, '').split(' ').slice(0, 12).join(' ');
    const { body } = await check(`Kim Il Sung said that “${words}”.`);
    const [claim] = CheckResponse.parse(body).claims;
    expect(claim).toMatchObject({ verdict: 'exact', source: { passageId: asked.id, speaker: 'interviewer' } });
    // Said to be his, the attribution is wrong in its author.
    expect(claim!.attribution).toMatchObject({ ok: false, wrong: ['author'] });
  });

  it('says in the notes when a passage shown for a sentence is an interviewer’s words', async () => {
    const asked = real.deps.corpus.paragraphs.find((p) => p.speaker === 'interviewer' && p.text.split(' ').length > 12)!;
    // Its words in other order: a sentence, not its words quoted with no marks.
    const words = asked.text.replace(/^Question:\s*/, '').split(' ').slice(0, 12).reverse().join(' ');
    const { claims } = CheckResponse.parse((await check(`${words}.`)).body);
    const shown = claims[0]!.passages.findIndex((p) => p.id === asked.id);
    expect(shown).toBeGreaterThanOrEqual(0);
    const works = new Map(real.deps.corpus.works.map((w) => [w.id, toWorkSummary(w, 0)]));
    const line = formatFindings(claims, works).split('\n').find((l) => l.startsWith(`   [${shown + 1}] `))!;
    expect(line).toContain(`, ${SPEAKER_NOTES.interviewer}): “`);
  });

  it('shows no metadata line ("Keywords: …") as a passage a sentence rests on, though it holds the sentence’s words', async () => {
    const keywords = real.deps.corpus.paragraphs.find((p) => /^Keywords:/.test(p.text))!;
    const terms = keywords.text.replace(/^Keywords:\s*/, '');
    const { claims } = CheckResponse.parse((await check(`Zhang Chao lists ${terms}.`)).body);
    expect(claims[0]!.passages.length).toBeGreaterThan(0);
    expect(claims[0]!.passages.some((p) => p.id === keywords.id)).toBe(false);
  });

  it('says when a close quotation differs from its source in punctuation or quotation marks only', async () => {
    // A sentence of the corpus with marks inside it, quoted with its marks left out.
    const marked = real.deps.corpus.paragraphs.flatMap((p) => [...p.text.matchAll(/(?<![\w’'])(\w+ \w+ \w+ \w+ ‘[\w\s-]+’)/g)].map((m) => m[1]!))[0]!;
    const { claims } = CheckResponse.parse((await check(`He wrote that "${marked.replace(/[‘’]/g, '')}".`)).body);
    expect(claims[0]).toMatchObject({ verdict: 'close' });
    expect(claims[0]!.diff!.every((d) => d.op === 'equal')).toBe(true);
    const works = new Map(real.deps.corpus.works.map((w) => [w.id, toWorkSummary(w, 0)]));
    expect(formatFindings(claims, works)).toContain('   changes: none in the words; the punctuation or quotation marks differ\n');
  });

  it('marks a quotation of a word the book prints in italics as exact: its asterisks in the OCR text are no part of it', async () => {
    const { body } = await check('He spoke of "strings of Jaryokgaengsaeng (Self-Reliance-Tr.) motor vehicles" and "20 yuan my mother had given me".');
    const claims = CheckResponse.parse(body).claims;
    expect(claims.map((c) => c.verdict)).toEqual(['exact', 'exact']);
    for (const c of claims) expect(c.source!.quote).not.toContain('*');
  });

  it('gives a sentence the passages that address it, as sources, never a verdict of true or false', async () => {
    const { body } = await check('North Korea made its own fertilizer without electrolysing water.');
    const [claim] = CheckResponse.parse(body).claims;
    expect(claim).toMatchObject({ kind: 'sentence', verdict: 'sources', source: null, diff: null });
    expect(claim!.passages.length).toBeLessThanOrEqual(3);
    expect(claim!.passages.some((p) => p.text.includes('electrolysing water'))).toBe(true);
    for (const p of claim!.passages) expect(paragraphOf(p.id).text).toContain(p.quote);
  });

  it('rejects an empty text and a text over 20,000 characters with a JSON 400', async () => {
    for (const text of ['   ', 'a'.repeat(20_001), 42]) {
      const { status, body } = await check(text);
      expect(status).toBe(400);
      expect(body.code).toBe('bad_request');
    }
  });

  it('answers a body over 1 MB with a JSON 413', async () => {
    const res = await real.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'a'.repeat(1_100_000) }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('payload_too_large');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await real.app.request('/api/openapi.json')).json()) as any;
    expect(doc.paths['/api/check'].post.requestBody.content['application/json'].schema).toBeDefined();
    expect(doc.paths['/api/check'].post.responses['200']).toBeDefined();
  });
});
