/** The 落款's date: 成文日期 as GB/T 9704 prints it (Arabic numerals, no leading zeros). */

/**
 * “2022-01-20” → “2022年1月20日”; any other non-blank text is printed as it is (trimmed), so
 * nothing the user entered is dropped; null or blank gives null (no 落款).
 */
export function formatIssuedOn(issuedOn: string | null): string | null {
  const text = (issuedOn ?? '').trim()
  if (text === '') return null
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  if (!iso) return text
  return `${Number(iso[1])}年${Number(iso[2])}月${Number(iso[3])}日`
}
