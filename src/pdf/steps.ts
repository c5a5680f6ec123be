/** The steps of a PDF generation, shared by the worker and the page (kept tiny: no PDF code). */

/** Steps reported while generating, with a Chinese label for the progress bar. */
export const PDF_STEPS = {
  fonts: '加载字体',
  layout: '排版',
  render: '生成PDF',
  done: '完成',
} as const
/** A key of {@link PDF_STEPS}. */
export type PdfStep = keyof typeof PDF_STEPS
