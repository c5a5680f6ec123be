/**
 * ARCHITECTURE.md's folder graph is the output of scripts/layer-graph.mjs, pasted: a move that
 * changes which folder imports which fails here until the diagram is redrawn from the script.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))

describe('ARCHITECTURE.md: the folder graph', () => {
  it('is the import graph as scripts/layer-graph.mjs prints it', () => {
    const printed = execFileSync(process.execPath, [`${root}scripts/layer-graph.mjs`], {
      encoding: 'utf8',
    })
    const architecture = readFileSync(`${root}ARCHITECTURE.md`, 'utf8')
    // The block that follows the sentence introducing the script's output.
    const block = /Its output, every edge between folders:\n\n```\n([\s\S]*?)```/.exec(architecture)
    expect(block, 'the graph block in ARCHITECTURE.md').not.toBeNull()
    expect(block?.[1]).toBe(printed)
  })
})
