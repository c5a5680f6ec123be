/**
 * Stands in for jsPDF's optional html2canvas, canvg and DOMPurify (vite.config.ts aliases them
 * here): they serve only `doc.html()` and SVG, which this app never calls, yet a worker bundle
 * would inline ~106 KB gzip of them. Should jsPDF ever reach for one, it fails loudly.
 */
const missing = new Proxy(
  {},
  {
    get() {
      throw new Error('jsPDF optional dependency not bundled (html2canvas/canvg/dompurify)')
    },
  },
)
export default missing
