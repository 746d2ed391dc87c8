/** Helps TypeScript infer A from the schema while the registry holds Command<any>. */
export const defineCommand = (command) => command;
//# sourceMappingURL=command.js.map