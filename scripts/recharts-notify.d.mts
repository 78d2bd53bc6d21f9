import type { Plugin } from 'vite'
export declare const RECHARTS_STORE: RegExp
export declare function notifyAfterTask(code: string): string
export declare function rechartsNotifyAfterTask(): Plugin
