/** The storage layer's public surface: the only code that touches localStorage. */
export * from './keys'
export * from './safeStorage'
export * from './memoryStorage'
export * from './migrations'
export * from './envelope'
export * from './draftIndex'
export * from './draftRepository'
export * from './draftOrigins'
