export function readBase(outDir?: string): Promise<string>;
