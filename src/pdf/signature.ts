/** The 落款 block as the PDF lays it out (the model's block, with its text as one string). */

/** The 落款 block: agency and date as printed; `text` is both, for the font's characters. */
export interface SignatureBlock {
  readonly kind: 'signature'
  readonly agency: string
  readonly date: string
  readonly text: string
}
