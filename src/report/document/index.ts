/** The printed report as one description that the PDF, the Word file and the web page render. */
export * from './blocks'
export * from './columns'
export * from './draftStatus'
export * from './fileName'
export * from './notice'
export * from './page'
export * from './printedCells'
export * from './signature'
