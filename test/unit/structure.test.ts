import { describe, expect, it } from 'vitest';
import { findCredit } from '../../src/ingest/text/credit.js';
import { findBlocks } from '../../src/ingest/text/structure.js';

const kinds = (text: string): string[] => findBlocks(text, 'doc_test').map((b) => b.kind);

describe('photo credits', () => {
  const cases: [string, { agency?: string; photographer?: string; filePhoto: boolean; text: string }][] = [
    [
      'Leaders meet in Osaka, Japan, June 28, 2019. REUTERS/Kevin Lamarque/File Photo',
      {
        agency: 'Reuters',
        photographer: 'Kevin Lamarque',
        filePhoto: true,
        text: 'REUTERS/Kevin Lamarque/File Photo',
      },
    ],
    [
      'A man walks past a damaged building in Kyiv. REUTERS/Gleb Garanich',
      { agency: 'Reuters', photographer: 'Gleb Garanich', filePhoto: false, text: 'REUTERS/Gleb Garanich' },
    ],
    [
      'The president speaks in the Rose Garden. (AP Photo/Evan Vucci, File)',
      { agency: 'AP', photographer: 'Evan Vucci', filePhoto: true, text: '(AP Photo/Evan Vucci, File)' },
    ],
    [
      'Protesters gather outside parliament. Photo: Jane Doe/Getty Images',
      {
        agency: 'Getty Images',
        photographer: 'Jane Doe',
        filePhoto: false,
        text: 'Photo: Jane Doe/Getty Images',
      },
    ],
    [
      'Firefighters at the scene. John Smith/AFP via Getty Images',
      {
        agency: 'AFP',
        photographer: 'John Smith',
        filePhoto: false,
        text: 'John Smith/AFP via Getty Images',
      },
    ],
    [
      'Crowds in the square. Getty Images',
      { agency: 'Getty Images', filePhoto: false, text: 'Getty Images' },
    ],
  ];
  it.each(cases)('%s', (line, expected) => {
    const credit = findCredit(line, 0, line.length);
    expect(credit).toBeDefined();
    expect(credit).toMatchObject(expected);
    expect(line.slice(credit!.start, credit!.end)).toBe(credit!.text);
  });

  it.each([
    'The Kremlin said talks with Reuters reporters were not planned.',
    'He said the photo was taken in 2019.',
  ])('finds no credit in prose: %s', (line) => {
    expect(findCredit(line, 0, line.length)).toBeUndefined();
  });
});

describe('block kinds', () => {
  const cases: [string, string, string[]][] = [
    [
      'caption, headline, heading, paragraph, boilerplate',
      'Crowds in Kyiv on Sunday. REUTERS/Gleb Garanich\nKyiv Marks Anniversary\nVoices From the Square\nThousands gathered in the city centre on Sunday to mark the day.\nCOMMENTS',
      ['caption', 'headline', 'heading', 'paragraph', 'boilerplate'],
    ],
    [
      'dateline split from its paragraph',
      'Talks stall\nMOSCOW (Reuters) - Talks stalled on Friday, officials said.',
      ['headline', 'dateline', 'paragraph'],
    ],
    [
      'a dateline with a date',
      'Talks stall\nLONDON, Nov 8 (Reuters) - Talks stalled on Friday, officials said.',
      ['headline', 'dateline', 'paragraph'],
    ],
    [
      'byline and stamp',
      'Talks stall\nBy Jane Doe\nPublished: 8 November 2024\nTalks stalled on Friday, officials said.',
      ['headline', 'byline', 'byline', 'paragraph'],
    ],
    [
      'no headline when the text opens with prose',
      'Talks stalled on Friday after three days of meetings in the capital, officials from both sides said in statements issued late in the evening after the final session ended.\nNo date was set for new talks.',
      ['paragraph', 'paragraph'],
    ],
    [
      'a short last line is not a heading',
      'Talks stall\nTalks stalled on Friday, officials said.\nMore to Come',
      ['headline', 'paragraph', 'paragraph'],
    ],
    [
      'interleaved page furniture',
      'Talks stall\nAdvertisement\nTalks stalled on Friday, officials said.\nRead more: Why talks fail\nShare this article\nNo date was set.',
      ['headline', 'boilerplate', 'paragraph', 'boilerplate', 'boilerplate', 'paragraph'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('parses the dateline and byline', () => {
    const blocks = findBlocks(
      'Talks stall\nBy JANE DOE and JOHN ROE, Associated Press\nKYIV, Ukraine (AP) — Talks stalled.',
      'd',
    );
    expect(blocks[1]?.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(blocks[2]?.dateline).toMatchObject({
      place: 'Kyiv, Ukraine',
      agency: 'AP',
      text: 'KYIV, Ukraine (AP) —',
    });
  });

  it('keeps offsets into the original text with CRLF and indentation', () => {
    const text = '  Headline Here  \r\n\r\n\tFirst paragraph of the story, with detail.\r\nCOMMENTS\r\n';
    const blocks = findBlocks(text, 'd');
    expect(blocks.map((b) => b.text)).toEqual([
      'Headline Here',
      'First paragraph of the story, with detail.',
      'COMMENTS',
    ]);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it('joins hard-wrapped lines of one paragraph when paragraphs are separated by blank lines', () => {
    const text = `Title\n\n${'word '.repeat(12).trim()}\ncontinues here.\n\nNext paragraph.`;
    const blocks = findBlocks(text, 'd');
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
    expect(blocks[1]?.text).toContain('\ncontinues here.');
  });
});

describe('word limits of line kinds', () => {
  // Own lines: word counts at the headline limit (30), with odd white space between the words.
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' \u00a0\t');
  const body = '\n\nThe first paragraph of the story says something. It goes on.';

  it('counts words across any white space, up to the limit only', () => {
    expect(kinds(`${words(30)}${body}`)[0]).toBe('headline');
    expect(kinds(`${words(31)}${body}`)[0]).toBe('paragraph');
    expect(kinds(`${words(20)}.${body}`)[0]).toBe('headline');
    expect(kinds(`${words(21)}.${body}`)[0]).toBe('paragraph');
  });

  it('reads a line of 50,000 words as one paragraph', () => {
    const blocks = findBlocks(words(50_000), 'doc_long');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});
