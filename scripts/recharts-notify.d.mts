import type { Plugin } from 'vite'
export declare const RECHARTS_STORE: RegExp
export declare function notifyAfterTask(code: string): string
export declare function rechartsNotifyAfterTask(): Plugin
export declare function rechartsNotifyAfterTaskInDeps(): {
  name: string
  transform(code: string, id: string): { code: string; map: null } | null
}
