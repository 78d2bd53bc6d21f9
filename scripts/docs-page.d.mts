export declare function renderDocsPage(markdownPath: string): string
export declare const DOCS_CSS: string
