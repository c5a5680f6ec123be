import { describe, expect, it } from 'vitest'
import { ROLE_STYLES, blockRole, type DocumentBlock } from '@/report/document'

describe('the block roles and their styles', () => {
  it.each([
    [{ kind: 'title', text: 'T', parts: ['T'] }, 'title', 'title', 22, 0, 'center'],
    [{ kind: 'notice', text: 'N' }, 'notice', 'heading', 12, 0, 'center'],
    [{ kind: 'heading', level: 1, text: '一、' }, 'heading1', 'heading', 16, 2, 'left'],
    [{ kind: 'heading', level: 2, text: '（一）' }, 'heading2', 'subheading', 16, 2, 'left'],
    [{ kind: 'paragraph', text: '正文' }, 'paragraph', 'body', 16, 2, 'left'],
  ] as const)(
    '%o is a %s block: %s font, %d pt, indent %d, %s',
    (block, role, font, size, indent, align) => {
      const style = ROLE_STYLES[blockRole(block as Extract<DocumentBlock, { text: string }>)]
      expect(blockRole(block as Extract<DocumentBlock, { text: string }>)).toBe(role)
      expect(style).toMatchObject({ font, sizePt: size, indentChars: indent, align })
    },
  )

  it('justifies only body paragraphs and keeps every other role with the next line', () => {
    const roles = Object.entries(ROLE_STYLES)
    expect(roles.filter(([, s]) => s.justify).map(([r]) => r)).toEqual(['paragraph'])
    expect(roles.filter(([, s]) => !s.keepWithNext).map(([r]) => r)).toEqual(['paragraph'])
  })
})
