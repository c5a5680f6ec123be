/** An in-memory Storage for tests that can be told to throw on access or on writes. */
import { MemoryStorage } from '../../../src/storage'

/** A fault to inject: writes throw QuotaExceededError, or every access throws SecurityError. */
export type Fault = 'none' | 'quota' | 'security'

/** MemoryStorage with switchable faults; `raw` reaches the data behind the faults. */
export class FaultyStorage extends MemoryStorage {
  fault: Fault = 'none'

  private check(write: boolean): void {
    if (this.fault === 'security') throw new DOMException('denied', 'SecurityError')
    if (write && this.fault === 'quota') throw new DOMException('full', 'QuotaExceededError')
  }

  override getItem(key: string): string | null {
    this.check(false)
    return super.getItem(key)
  }

  override setItem(key: string, value: string): void {
    this.check(true)
    super.setItem(key, value)
  }

  override removeItem(key: string): void {
    this.check(false)
    super.removeItem(key)
  }

  /** Reads past any fault. */
  raw(key: string): string | null {
    return super.getItem(key)
  }
}
