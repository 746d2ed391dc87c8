import type { CandidateFact } from '../domain/vocabulary.js';

/**
 * Facts by what they say: competitor, metric or event, value and unit, and with `withMarket` the
 * market too. Two facts are one key exactly when the strings
 * `${competitor}|${metric ?? event}|${value ?? ''}|${unit ?? ''}` (then `|${market ?? ''}`) are
 * equal, but no such string is built: turning a fractional value into text costs about 400 ns a
 * fact (measured), and the extractor keys every fact it finds. Values are looked up in a Map,
 * whose SameValueZero equality is that of their text (0 and -0 are both "0", NaN is "NaN"); the
 * few short fields are then compared in place. The fields are identifiers and codes that hold no
 * "|", so the joined strings could not be equal for other fields either.
 */
interface Key {
  competitor: string;
  what: string | undefined;
  unit: string;
  market: string;
}

export class FactKeys<T> {
  private readonly byValue = new Map<number | string, Array<{ key: Key; data: T }>>();
  private count = 0;

  constructor(private readonly withMarket: boolean) {}

  get size(): number {
    return this.count;
  }

  get(fact: CandidateFact): T | undefined {
    return this.entry(fact)?.data;
  }

  has(fact: CandidateFact): boolean {
    return this.entry(fact) !== undefined;
  }

  set(fact: CandidateFact, data: T): void {
    const found = this.entry(fact);
    if (found) {
      found.data = data;
      return;
    }
    const value = fact.value ?? '';
    let list = this.byValue.get(value);
    if (!list) {
      list = [];
      this.byValue.set(value, list);
    }
    list.push({ key: this.keyOf(fact), data });
    this.count++;
  }

  delete(fact: CandidateFact): boolean {
    const list = this.byValue.get(fact.value ?? '');
    if (!list) return false;
    const at = list.findIndex((e) => this.matches(e.key, fact));
    if (at < 0) return false;
    list.splice(at, 1);
    this.count--;
    return true;
  }

  private entry(fact: CandidateFact): { key: Key; data: T } | undefined {
    const list = this.byValue.get(fact.value ?? '');
    if (!list) return undefined;
    for (const e of list) if (this.matches(e.key, fact)) return e;
    return undefined;
  }

  private keyOf(fact: CandidateFact): Key {
    return { competitor: fact.competitor, what: fact.metric ?? fact.event, unit: fact.unit ?? '', market: this.withMarket ? (fact.market ?? '') : '' };
  }

  private matches(key: Key, fact: CandidateFact): boolean {
    return (
      key.competitor === fact.competitor &&
      key.what === (fact.metric ?? fact.event) &&
      key.unit === (fact.unit ?? '') &&
      (!this.withMarket || key.market === (fact.market ?? ''))
    );
  }
}

/** A set of facts by what they say (see FactKeys). */
export class FactSet {
  private readonly keys: FactKeys<true>;

  constructor(withMarket: boolean) {
    this.keys = new FactKeys<true>(withMarket);
  }

  has(fact: CandidateFact): boolean {
    return this.keys.has(fact);
  }

  add(fact: CandidateFact): void {
    this.keys.set(fact, true);
  }
}
