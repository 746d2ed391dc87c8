import { describe, expect, it } from 'vitest';
import { KeyClaims } from '../../src/ingest/key-claims.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyClaims: documents of one run storing the same item', () => {
  it('a document claiming a key held by another waits for it, and a key it stored is a repeat', async () => {
    const claims = new KeyClaims();
    const first = await claims.take(['hash a', 'url x']);
    expect(first.storedByOthers.size).toBe(0);
    let secondDone = false;
    const second = claims.take(['hash a', 'hash b']).then((c) => {
      secondDone = true;
      return c;
    });
    await tick();
    expect(secondDone).toBe(false);
    first.release(['hash a', 'url x']);
    const got = await second;
    expect([...got.storedByOthers]).toEqual(['hash a']);
    got.release(['hash b']);
  });

  it('a key its holder did not store (failed, rolled back) is claimed by the waiting document: nothing is lost', async () => {
    const claims = new KeyClaims();
    const first = await claims.take(['hash a']);
    const second = claims.take(['hash a']);
    first.release([]);
    const got = await second;
    expect(got.storedByOthers.size).toBe(0);
    // Now it holds the key itself: a third document waits for it.
    let thirdDone = false;
    const third = claims.take(['hash a']).then((c) => {
      thirdDone = true;
      return c;
    });
    await tick();
    expect(thirdDone).toBe(false);
    got.release(['hash a']);
    expect([...(await third).storedByOthers]).toEqual(['hash a']);
  });

  it('documents sharing no key never wait, and two documents claiming each other’s keys in turn do not deadlock', async () => {
    const claims = new KeyClaims();
    const a = await claims.take(['hash a']);
    const b = await claims.take(['hash b']);
    // c wants both; d wants b then a: both wait, neither holds anything while waiting.
    const c = claims.take(['hash a', 'hash b']);
    const d = claims.take(['hash b', 'hash a']);
    a.release([]);
    b.release(['hash b']);
    // Whichever wakes first claims 'hash a'; the other waits for its outcome, so it is not a repeat yet.
    const first = await Promise.race([c, d]);
    expect([...first.storedByOthers]).toEqual(['hash b']);
    first.release(['hash a']);
    const [gotC, gotD] = await Promise.all([c, d]);
    const second = gotC === first ? gotD : gotC;
    expect(new Set(second.storedByOthers)).toEqual(new Set(['hash a', 'hash b']));
  });
});
