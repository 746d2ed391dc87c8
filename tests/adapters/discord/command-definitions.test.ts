import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildCommandDefinitions, commandByDiscordName } from '../../../src/adapters/discord/command-definitions.js';
import subscribe from '../../../commands/subscribe.js';
import { optionsToText } from '../../../src/adapters/discord/interaction-input.js';
import { parseSubscribeWords } from '../../../src/alerts/parse-subscribe.js';
import { type Command, defineCommand } from '../../../src/core/command.js';
import { reply } from '../../../src/messages/reply.js';

const make = (over: Partial<Command<string[]>>): Command<string[]> =>
  defineCommand({
    name: 'facts',
    description: 'Facts about a competitor',
    usage: '/facts <competitor>',
    examples: [],
    options: [],
    access: 'read',
    args: z.array(z.string()),
    execute: async () => reply([]),
    ...over,
  });

describe('discord command definitions', () => {
  it('definitions: required options come first even when declared after optional ones', () => {
    const [facts] = buildCommandDefinitions([
      make({
        options: [
          { name: 'kind', description: 'metric or event', required: false, kind: 'choice', choices: ['metric', 'event'] },
          { name: 'competitor', description: 'Who', required: true, kind: 'competitor' },
          { name: 'limit', description: 'How many', required: false, kind: 'integer' },
        ],
      }),
    ]);
    expect(facts!.options!.map((o) => [o.name, o.required, o.type])).toEqual([
      ['competitor', true, 3],
      ['kind', false, 3],
      ['limit', false, 4],
    ]);
  });

  it('definitions: long descriptions are cut to Discord’s 100 characters', () => {
    const [facts] = buildCommandDefinitions([make({ description: 'x'.repeat(150) })]);
    expect(facts!.description).toHaveLength(100);
    expect(facts!.description.endsWith('…')).toBe(true);
  });

  it('definitions: a name Discord would reject fails loudly at register time', () => {
    expect(() => buildCommandDefinitions([make({ name: 'Facts List' })])).toThrow(/not a valid Discord command name/);
  });

  it('definitions: help is registered and found as /rivalwatch', () => {
    const help = make({ name: 'help' });
    expect(buildCommandDefinitions([help])[0]!.name).toBe('rivalwatch');
    expect(commandByDiscordName([help], 'rivalwatch')).toBe(help);
    expect(commandByDiscordName([help], 'help')).toBeUndefined();
  });

  it('definitions: /subscribe offers every setting it reads, and each choice arrives as words it understands', () => {
    const [definition] = buildCommandDefinitions([subscribe]);
    expect(definition!.options!.map((o) => o.name)).toEqual(['competitors', 'mode', 'at', 'timezone', 'facts', 'min', 'empty-days']);
    const values: Record<string, string> = { competitors: 'temu', mode: 'digest', at: '08:30', facts: 'events', min: 'medium', 'empty-days': 'show-empty' };
    const words = optionsToText(subscribe.options, (name) => values[name]).split(' ');
    expect(parseSubscribeWords(words)).toEqual({
      competitorWords: ['temu'], all: false, mode: 'digest', digestTime: '08:30', factTypes: ['event'], minImportance: 2, skipEmpty: false,
    });
  });
});
