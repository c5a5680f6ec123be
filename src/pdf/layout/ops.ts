/** The layout model's output: pages of plain drawing operations, in mm from the page's top-left. */
import type { FaceId } from './faces'

/** Text drawn at a baseline; `charSpace` (mm) is added after every character. */
export interface TextOp {
  readonly kind: 'text'
  readonly x: number
  readonly y: number
  readonly text: string
  readonly face: FaceId
  /** Size in points. */
  readonly size: number
  readonly charSpace: number
  /** 0 = black … 1 = white. */
  readonly gray?: number
  /** Counter-clockwise rotation in degrees about (x, y). */
  readonly angle?: number
}

/** A ruled rectangle (a table cell's borders). */
export interface RectOp {
  readonly kind: 'rect'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly lineWidth: number
}

/**
 * Marks the ops up to the matching end as one piece of text for extraction (PDF ActualText), so
 * a label wrapped over several lines of a narrow cell is still read as one word.
 */
export interface ActualTextOp {
  readonly kind: 'actualText'
  /** The text, or null to end the span. */
  readonly text: string | null
}

/** One drawing operation. */
export type DrawOp = TextOp | RectOp | ActualTextOp

/** One page: its operations in drawing order. */
export interface PageLayout {
  readonly ops: readonly DrawOp[]
}
