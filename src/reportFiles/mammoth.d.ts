/** mammoth ships no types; readDocx.ts describes the one call it makes. */
declare module 'mammoth' {
  const mammoth: unknown
  export default mammoth
}
