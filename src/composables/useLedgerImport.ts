/**
 * The ledger dialog's state: the file read (SheetJS loads on first use), where its table is, the
 * user's answers in this dialog, and the table counted from it for the draft's year.
 */
import { computed, reactive, ref, shallowRef } from 'vue'
import {
  countLedger,
  detectLedger,
  type ColumnChoice,
  type LedgerCount,
  type LedgerKind,
  type LedgerSheet,
} from '@/report/ledger'
import { useLedgerStore } from '@/stores/ledger'
import { useReportStore } from '@/stores/report'

/** Where the ledger's table is; `confirmed` once the app was sure or the user chose. */
export interface LedgerPlace {
  sheet: number
  headerRow: number
  columns: ColumnChoice
  confirmed: boolean
}

/** State and actions of one ledger dialog. */
export function useLedgerImport() {
  const ledger = useLedgerStore()
  const report = useReportStore()
  const kind = ref<LedgerKind>('applications')
  const fileName = ref('')
  const error = ref('')
  const reading = ref(false)
  const sheets = shallowRef<LedgerSheet[]>([])
  const place = ref<LedgerPlace | null>(null)
  /** Answers given in this dialog: `dimension:wording` → target key ('' while unanswered). */
  const choices = reactive<Record<string, string>>({})
  const year = computed(() => report.draft.meta.year)

  const count = computed<LedgerCount | null>(() => {
    const at = place.value
    const sheet = at ? sheets.value[at.sheet] : undefined
    if (!at || !sheet || !at.confirmed || year.value === null) return null
    const answers = {
      ...ledger.answers,
      ...Object.fromEntries(Object.entries(choices).filter(([, v]) => v)),
    }
    return countLedger({
      kind: kind.value,
      sheet,
      headerRow: at.headerRow,
      columns: at.columns,
      year: year.value,
      answers,
    })
  })

  /** Reads a ledger file; errors are said in `error`, never thrown. */
  async function open(nextKind: LedgerKind, file: File): Promise<void> {
    kind.value = nextKind
    fileName.value = file.name
    error.value = ''
    place.value = null
    sheets.value = []
    for (const key of Object.keys(choices)) delete choices[key]
    reading.value = true
    try {
      const { readLedgerWorkbook } = await import('@/ledgerFiles/readLedgerWorkbook')
      sheets.value = await readLedgerWorkbook(file.name, new Uint8Array(await file.arrayBuffer()))
      const detected = detectLedger(nextKind, sheets.value)
      kind.value = detected.kind
      const layout = detected.layout
      place.value = layout
        ? {
            sheet: layout.sheet,
            headerRow: layout.headerRow,
            columns: layout.columns,
            confirmed: layout.sure,
          }
        : { sheet: 0, headerRow: 0, columns: {}, confirmed: false }
    } catch (caught) {
      error.value = caught instanceof Error && caught.message ? caught.message : '无法读取这个文件'
    } finally {
      reading.value = false
    }
  }

  /** The user's choice of sheet, header row and columns (from the validated form). */
  function choosePlace(next: Omit<LedgerPlace, 'confirmed'>): void {
    place.value = { ...next, confirmed: true }
  }

  /** Applies the counted table as one commit and remembers this dialog's answers. */
  function apply(): boolean {
    const result = count.value
    if (!result || result.unplaced.length > 0) return false
    ledger.remember(Object.fromEntries(Object.entries(choices).filter(([, v]) => v)))
    ledger.apply(kind.value, result, fileName.value)
    return true
  }

  return {
    kind,
    fileName,
    error,
    reading,
    sheets,
    place,
    choices,
    year,
    count,
    open,
    choosePlace,
    apply,
  }
}
