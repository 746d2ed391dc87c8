import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { closest } from '../src/core/similar.js';
import { reply, usage } from '../src/messages/reply.js';
/**
 * /help, generated from the command definitions. A factory over a getter, so it lists every
 * command in the registry, including ones added after it (and itself).
 */
// biome-ignore lint/suspicious/noExplicitAny: commands differ in argument type; dispatch checks each with its own schema
export function helpCommand(list) {
    return defineCommand({
        name: 'help',
        aliases: ['rivalwatch'],
        description: 'What each command does, or the details of one: /help compare.',
        usage: '/help [command]',
        examples: ['/help', '/help compare'],
        options: [{ name: 'command', description: 'A command name', required: false, kind: 'string' }],
        access: 'read',
        args: z.array(z.string()).max(1, 'Ask about one command at a time, e.g. /help compare.'),
        async execute(ctx, [topic]) {
            const commands = list();
            const spelled = ctx.commandName ?? ((n) => n);
            const help = spelled('help');
            // Usage lines and examples are written with core names; show them as this platform types them.
            const respell = (text) => text.replace(/(^|\s)\/help\b/g, `$1/${help}`);
            if (topic) {
                const name = topic.replace(/^\//, '').toLowerCase();
                const command = commands.find((c) => c.name === name || spelled(c.name) === name);
                if (!command) {
                    const names = commands.map((c) => spelled(c.name));
                    const near = closest(name, names, 2);
                    return usage(`There is no /${name.slice(0, 40)} command.${near.length ? ` Did you mean ${near.map((n) => `/${help} ${n}`).join(' or ')}?` : ''}`, `Commands: ${names.map((n) => `/${n}`).join(', ')}`);
                }
                const blocks = [
                    { kind: 'heading', text: `/${spelled(command.name)}` },
                    {
                        kind: 'text',
                        text: respell(command.description),
                        fields: [
                            { label: 'Usage', value: respell(command.usage) },
                            ...command.options.map((o) => ({ label: o.name + (o.required ? '' : ' (optional)'), value: o.description })),
                        ],
                    },
                ];
                if (command.examples.length)
                    blocks.push({ kind: 'context', text: `Examples: ${command.examples.map(respell).join('   ')}` });
                if (command.access === 'admin')
                    blocks.push({ kind: 'context', text: 'Admins only.' });
                return reply(blocks);
            }
            return reply([
                { kind: 'heading', text: 'rivalwatch commands' },
                {
                    kind: 'text',
                    text: 'Competitor facts from the news, each with its source.',
                    fields: commands.map((c) => ({ label: respell(c.usage), value: respell(c.description) + (c.access === 'admin' ? ' (admins)' : '') })),
                },
                { kind: 'context', text: `Competitor names are case-insensitive and aliases work (tiktok, bol.com, pdd). /${help} <command> for details.` },
            ]);
        },
    });
}
//# sourceMappingURL=help.js.map