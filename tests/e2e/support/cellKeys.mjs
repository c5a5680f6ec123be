// Table 3's row and column keys (spec §4) as the harness and the benches write them: plain
// JavaScript, so that `node bench/…` reads the same list as the TypeScript e2e support.

/** The six applicant columns of table 3, in printed order. */
export const TABLE3_COLUMNS = /** @type {const} */ ([
  'natural',
  'commercial',
  'research',
  'publicInterest',
  'legal',
  'otherOrg',
])

/** Result rows 3–23 of table 3, whose sum is （七）总计. */
export const TABLE3_RESULT_ROWS = /** @type {const} */ ([
  'disclosed',
  'partiallyDisclosed',
  'withheldStateSecret',
  'withheldByLaw',
  'withheldSecurity',
  'withheldThirdParty',
  'withheldInternal',
  'withheldProcess',
  'withheldEnforcement',
  'withheldQuery',
  'unavailableNotHeld',
  'unavailableNeedsCreation',
  'unavailableUnclear',
  'rejectedComplaint',
  'rejectedRepeated',
  'rejectedPublication',
  'rejectedExcessive',
  'rejectedConfirmation',
  'otherNoCorrection',
  'otherUnpaidFee',
  'otherOther',
])

/** The 24 table 3 rows the user types into (resultsTotal is derived). */
export const TABLE3_INPUT_ROWS = /** @type {const} */ ([
  'newReceived',
  'carriedOver',
  ...TABLE3_RESULT_ROWS,
  'carriedForward',
])
