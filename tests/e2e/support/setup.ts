// Vitest setupFiles entry for the e2e suite: close the shared browser after each test file.
import { afterAll } from 'vitest'
import { closeBrowser } from './app'

afterAll(closeBrowser)
