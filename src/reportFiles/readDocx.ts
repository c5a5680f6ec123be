/**
 * A Word (.docx, also WPS) file as HTML, read with mammoth (loaded on the first .docx opened). The
 * HTML keeps the tables' colspan/rowspan, so the importer reads it as it reads a web page.
 */

interface Mammoth {
  convertToHtml(input: {
    arrayBuffer: ArrayBuffer
    buffer: ArrayBuffer
  }): Promise<{ value: string }>
}

let library: Promise<Mammoth> | undefined

/** The document's HTML. Throws when the file is not a readable .docx. */
export async function readDocxHtml(bytes: Uint8Array): Promise<string> {
  library ??= import('mammoth').then((module) => (module.default ?? module) as Mammoth)
  const mammoth = await library
  const buffer = bytes.slice().buffer
  // `arrayBuffer` is what the browser build reads, `buffer` what the Node build reads.
  const result = await mammoth.convertToHtml({ arrayBuffer: buffer, buffer })
  return result.value
}
