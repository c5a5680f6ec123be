/** Options of one cut: `invert` keeps everything but the given code points. */
export interface SubsetOptions {
  invert?: boolean
  dropHinting?: boolean
}
/** A hb-subset instance. */
export interface Subsetter {
  subset(font: Uint8Array, codePoints: Iterable<number>, options?: SubsetOptions): Uint8Array
}
/** Instantiates hb-subset from the bytes of harfbuzz-subset.wasm. */
export function createSubsetter(wasmBytes: BufferSource): Promise<Subsetter>
/** Reads the code points a TrueType font maps in its cmap (formats 4 and 12). */
export function readCmapCodePoints(font: Uint8Array): Set<number>
