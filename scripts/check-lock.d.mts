export declare function lockProblems(pkg: Record<string, unknown>, lock: Record<string, unknown>): string[]
