import { describe, expect, it } from 'vitest';
import { SAME_STORY, signatureOf, similarity } from '../../src/ingest/story-signature.js';
import { StoryIndex } from '../../src/ingest/story-index.js';

const ORIGINAL = `Shein opens a warehouse in Poland
Shein has opened its first European distribution centre near Wroclaw, the company said on Tuesday.
The site will employ about 1,500 people by the end of next year and ship parcels to customers across the continent.
Until now most orders to European shoppers were flown in directly from factories in southern China.
The company expects delivery times in Germany and France to fall to under five days.`;

// Another outlet retells it: new headline, one sentence reworded, one added, one cut.
const REWRITE = `Fashion seller Shein picks Poland for European hub
Shein has opened its first European distribution centre near Wroclaw, the company said on Tuesday.
The site will employ about 1,500 people by the end of next year and ship parcels to customers across the continent.
Until now most orders to European shoppers were flown in directly from factories in southern China.
Local officials welcomed the investment at a press event.`;

// Same company, same week, a different story.
const OTHER = `Shein faces questions from EU regulators
The European Commission sent Shein a formal request for information under the Digital Services Act.
Officials want to know how the platform keeps illegal products off its marketplace and protects minors.
Shein said it would cooperate and answer the questions by the deadline set in the letter.
The company was designated a very large online platform earlier this year.`;

describe('story signature', () => {
  const a = signatureOf(ORIGINAL)!;
  const b = signatureOf(REWRITE)!;
  const c = signatureOf(OTHER)!;

  it('signature: a rewritten story scores at or above SAME_STORY', () => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(SAME_STORY);
  });

  it('signature: a different story about the same company scores well below SAME_STORY', () => {
    expect(similarity(a, c)).toBeLessThan(0.1);
    expect(similarity(b, c)).toBeLessThan(SAME_STORY);
  });

  it('signature: the same text always gets the same signature; empty text gets none', () => {
    expect(signatureOf(ORIGINAL)).toEqual(a);
    expect(signatureOf('  ... ')).toBeNull();
  });

  it('story index: the rewrite finds the original story, the other story finds none', () => {
    const index = new StoryIndex();
    index.add(a, 41);
    expect(index.find(b)).toBe(41);
    expect(index.find(c)).toBeNull();
  });
});
