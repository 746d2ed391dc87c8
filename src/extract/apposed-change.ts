import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';

// A change told in apposition right after a figure: "...10 milliards d'euros en Europe, soit une
// hausse de 60 %", "$148bn in the quarter, up 10%", "148 miljard dollar om, een groei van 10
// procent", "$16bn in the region, more than quadrupling", "59 miljard, bijna een verdubbeling". Its own clause opens on the apposition, with no subject of its own ("while
// international sales grew 16%" has one).
const APPOSED =
  /^\s*(?:soit|i\.e\.|that is|up|down|a|an|un|une|een|en (?:hausse|baisse|progression|recul)|plus|\+|more than|nearly|almost|roughly|bijna|ruim|meer dan|ruwweg)(?![\p{L}])[^,;:]{0,40}$/iu;

/** Whether the figure at `q` is a change told in apposition to a figure before it in the sentence. */
export function apposedChange(q: Quantity, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const comma = before.lastIndexOf(',');
  return comma >= 0 && APPOSED.test(before.slice(comma + 1));
}

// "...34,7 miljard euro online uit, 5 procent meer dan in 2022", "spent €120bn, 8% more than a year
// earlier", "175 milliards d'euros, 9 % de plus qu'en 2023": a bare change right after the comma,
// told as more or less than before (round 14).
const COMPARATIVE_AFTER = /^[\s\u00A0]*(?:meer|minder|hoger|lager|more|less|higher|lower|up|down|de plus|de moins|en plus|en moins)(?![\p{L}])/iu;

/** Whether the figure at `q` opens its own clause right after a comma and is told as more or less than before. */
export function bareApposedChange(q: Quantity, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const comma = before.lastIndexOf(',');
  return comma >= 0 && before.slice(comma + 1).trim() === '' && COMPARATIVE_AFTER.test(sentence.slice(q.end, q.end + 30));
}

// The change of an audience told after its count: "With 17 million monthly visitors, its audience
// fell 4%", "Avec 17 millions de visiteurs, son audience recule de 4 %", "Met 5 miljoen bezoekers
// daalde het bereik met 4 procent" (round 20). Its noun names the count told before it.
const AUDIENCE_NOUN = /(?<![\p{L}])(?:audience|audiences|traffic|trafic|fréquentation|reach|user base|readership|bereik|bezoekersaantal(?:len)?|gebruikersaantal(?:len)?|bezoek)(?![\p{L}])[^,;:.\d]{0,30}$/iu;
const AUDIENCE_GATE = /audience|traffic|trafic|fréquentation|reach|user base|readership|bereik|aantal|bezoek/iu;
declareGate('apposed change: audience', AUDIENCE_NOUN, AUDIENCE_GATE);

/** Whether the change at `q` is told of an audience, by its noun shortly before it. */
export function audienceChange(q: Quantity, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  return AUDIENCE_GATE.test(before) && AUDIENCE_NOUN.test(before);
}
