export const noHook = () => { };
//# sourceMappingURL=hook.js.map