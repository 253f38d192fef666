// The text importer's own types; the document it produces is in contract/contract.ts.

/** One non-blank input line. */
export interface Line {
  /** Leading indentation in columns (tab = 4); non-breaking spaces are text, not indentation. */
  indent: number;
  text: string;
  /** Blank lines between this line and the previous non-blank one. */
  blanksBefore: number;
}
