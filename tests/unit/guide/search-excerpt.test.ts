import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../../src/lib/guide/search-excerpt';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and marked parts', () => {
    expect(parseExcerpt('the mentee brings the <mark>agenda</mark> to each meeting')).toEqual([
      { text: 'the mentee brings the ', marked: false },
      { text: 'agenda', marked: true },
      { text: ' to each meeting', marked: false },
    ]);
  });

  it('turns escaped characters back into text, so they show as written', () => {
    expect(parseExcerpt('safety &amp; law, &lt;not a tag&gt; &quot;quoted&quot; it&#39;s')).toEqual([
      { text: 'safety & law, <not a tag> "quoted" it\'s', marked: false },
    ]);
  });

  it('drops any other tag rather than passing it on', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)>hello <b>there</b>')).toEqual([
      { text: 'hello there', marked: false },
    ]);
  });

  it('handles marks at the start and end and empty input', () => {
    expect(parseExcerpt('<mark>trust</mark>')).toEqual([{ text: 'trust', marked: true }]);
    expect(parseExcerpt('')).toEqual([]);
  });
});
